namespace ListingLint.Configuration;

/// <summary>A configuration or rule file is unusable; the message names the file, line and column.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, int column, string problem)
        : base(line > 0 ? $"{file}({line},{column}): {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string File { get; }
    public int Line { get; }
    public int Column { get; }
    public string Problem { get; }

    public static ConfigurationException At(string file, Newtonsoft.Json.Linq.JToken? token, string problem)
    {
        var info = token as Newtonsoft.Json.IJsonLineInfo;
        return info is { } i && i.HasLineInfo()
            ? new ConfigurationException(file, i.LineNumber, i.LinePosition, problem)
            : new ConfigurationException(file, 0, 0, problem);
    }
}
