using System.Text;

namespace ListingLint.Loading.Text;

/// <summary>A forward-only stream whose first line can be looked at before it is read.</summary>
internal sealed class PeekableStream(Stream inner) : Stream
{
    private byte[] _head = [];
    private int _headOffset;

    public string PeekLine(int maxBytes)
    {
        var buffer = new MemoryStream();
        int b;
        while (buffer.Length < maxBytes && (b = inner.ReadByte()) >= 0)
        {
            buffer.WriteByte((byte)b);
            if (b == '\n')
                break;
        }
        _head = buffer.ToArray();
        return Encoding.UTF8.GetString(_head);
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_headOffset < _head.Length)
        {
            var n = Math.Min(count, _head.Length - _headOffset);
            Array.Copy(_head, _headOffset, buffer, offset, n);
            _headOffset += n;
            return n;
        }
        return inner.Read(buffer, offset, count);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
