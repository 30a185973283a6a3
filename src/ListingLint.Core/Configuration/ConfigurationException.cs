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
        var (line, column) = token is null ? (0, 0) : IO.JsonPositions.StartOf(token);
        return new ConfigurationException(file, line, column, problem);
    }
}
