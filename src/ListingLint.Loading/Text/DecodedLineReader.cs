using System.Buffers;
using System.Text;

namespace ListingLint.Loading.Text;

/// <summary>
/// Reads a line's UTF-8 bytes as text from a rented character buffer, so that a JSON reader can parse the line without
/// the line first being copied into a string. The buffer goes back to the pool when the reader is disposed.
/// </summary>
internal sealed class DecodedLineReader : TextReader
{
    private char[]? _chars;
    private readonly int _length;
    private int _position;

    /// <param name="bytes">Valid UTF-8 (see <see cref="Utf8Scanner"/>).</param>
    public DecodedLineReader(byte[] bytes)
    {
        _chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        _length = Encoding.UTF8.GetChars(bytes, 0, bytes.Length, _chars, 0);
    }

    public override int Peek() => _position < _length ? Chars[_position] : -1;

    public override int Read() => _position < _length ? Chars[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, _length - _position);
        Chars.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override string ReadToEnd()
    {
        var rest = new string(Chars, _position, _length - _position);
        _position = _length;
        return rest;
    }

    private char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(DecodedLineReader));

    protected override void Dispose(bool disposing)
    {
        if (_chars is { } chars)
        {
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }
        base.Dispose(disposing);
    }
}
