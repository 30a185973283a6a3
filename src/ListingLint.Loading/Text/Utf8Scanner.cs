using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ListingLint.Loading.Text;

/// <summary>Finds invalid UTF-8 without decoding: the line and byte column of each bad sequence.</summary>
public static class Utf8Scanner
{
    public const int MaxReported = 100;

    /// <summary>The 1-based byte column of the first invalid sequence in <paramref name="line"/>, or 0 when it is valid.</summary>
    public static int FirstInvalidColumn(ReadOnlySpan<byte> line)
    {
        if (Utf8.IsValid(line))
            return 0;
        var offset = 0;
        while (offset < line.Length)
        {
            var status = Rune.DecodeFromUtf8(line[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
                return offset + 1;
            offset += consumed;
        }
        return 0;
    }

    /// <summary>Lines (1-based) and byte columns of invalid sequences in a whole stream; the stream is left at its end.</summary>
    public static IReadOnlyList<(int Line, int Column)> FindInvalid(Stream stream)
    {
        var found = new List<(int, int)>();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int line = 1, column = 1, carry = 0, read;
            while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
            {
                var length = carry + read;
                var final = read == 0;
                var span = buffer.AsSpan(0, length);
                var offset = 0;
                while (offset < length)
                {
                    var b = span[offset];
                    if (b < 0x80)
                    {
                        if (b == (byte)'\n') { line++; column = 1; } else column++;
                        offset++;
                        continue;
                    }
                    var status = Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
                    if (status == OperationStatus.NeedMoreData && !final)
                        break;
                    if (status != OperationStatus.Done && found.Count < MaxReported)
                        found.Add((line, column));
                    offset += Math.Max(1, consumed);
                    column++;
                }
                carry = length - offset;
                span[offset..].CopyTo(buffer);
                if (final)
                    break;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return found;
    }
}
