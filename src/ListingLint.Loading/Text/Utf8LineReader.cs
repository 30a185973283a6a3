using System.Buffers;

namespace ListingLint.Loading.Text;

/// <summary>One line of a byte stream: its 1-based number and bytes, or a note that it was longer than allowed.</summary>
public readonly record struct RawLine(int Number, byte[]? Bytes, long Length)
{
    public bool TooLong => Bytes is null;
}

/// <summary>Reads a stream line by line as bytes, so that each line can be checked and decoded on its own (NDJSON).</summary>
public static class Utf8LineReader
{
    public static IEnumerable<RawLine> ReadLines(Stream stream, int maxLineBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        var line = new ArrayBufferWriter<byte>(1024);
        var number = 1;
        long overLength = -1;
        var atStart = true;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                var position = 0;
                if (atStart && buffer.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                    position = 3;
                atStart = false;
                while (position < read)
                {
                    var newline = Array.IndexOf(buffer, (byte)'\n', position, read - position);
                    var end = newline < 0 ? read : newline;
                    Append(line, buffer.AsSpan(position, end - position), maxLineBytes, ref overLength);
                    if (newline < 0)
                        break;
                    yield return Complete(number++, line, ref overLength);
                    position = newline + 1;
                }
            }
            if (line.WrittenCount > 0 || overLength >= 0)
                yield return Complete(number, line, ref overLength);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Append(ArrayBufferWriter<byte> line, ReadOnlySpan<byte> part, int maxLineBytes, ref long overLength)
    {
        if (overLength >= 0)
            overLength += part.Length;
        else if (line.WrittenCount + part.Length > maxLineBytes)
        {
            overLength = line.WrittenCount + part.Length;
            line.Clear();
        }
        else
            line.Write(part);
    }

    private static RawLine Complete(int number, ArrayBufferWriter<byte> line, ref long overLength)
    {
        RawLine result;
        if (overLength >= 0)
            result = new RawLine(number, null, overLength);
        else
        {
            var bytes = line.WrittenSpan;
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
                bytes = bytes[..^1];
            result = new RawLine(number, bytes.ToArray(), bytes.Length);
        }
        line.Clear();
        overLength = -1;
        return result;
    }
}
