namespace ListingLint.Loading.Text;

/// <summary>What the first bytes of a file say about it, before any parsing.</summary>
public enum InputKind
{
    Text,
    Utf16,
    Empty,
    Binary,
}

public static class InputSniffer
{
    private const int ProbeLength = 8192;

    public static InputKind Sniff(Stream stream)
    {
        var probe = new byte[ProbeLength];
        var length = 0;
        int read;
        while (length < probe.Length && (read = stream.Read(probe, length, probe.Length - length)) > 0)
            length += read;
        stream.Seek(0, SeekOrigin.Begin);
        var span = probe.AsSpan(0, length);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return InputKind.Utf16;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        if (span.IndexOf((byte)0) >= 0)
            return InputKind.Binary;
        foreach (var b in span)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return InputKind.Text;
        }
        return length < ProbeLength ? InputKind.Empty : InputKind.Text;
    }
}
