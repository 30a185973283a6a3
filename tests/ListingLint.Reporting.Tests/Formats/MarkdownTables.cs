using System.Text.RegularExpressions;

namespace ListingLint.Reporting.Tests.Formats;

/// <summary>
/// Reads GitHub-flavoured Markdown tables the way a renderer does: a header row, a delimiter row with one cell per
/// header cell, then rows; a pipe escaped with a backslash is text, not a cell border.
/// </summary>
internal static partial class MarkdownTables
{
    public static List<List<string[]>> Parse(string markdown)
    {
        var tables = new List<List<string[]>>();
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|') || !Delimiter().IsMatch(lines[i + 1]))
                continue;
            var header = Cells(lines[i]);
            Assert.Equal(header.Length, Cells(lines[i + 1]).Length);
            var table = new List<string[]> { header };
            var j = i + 2;
            for (; j < lines.Length && lines[j].StartsWith('|'); j++)
            {
                var row = Cells(lines[j]);
                Assert.True(row.Length == header.Length, $"row {j + 1} has {row.Length} cells, the header {header.Length}: {lines[j]}");
                table.Add(row);
            }
            tables.Add(table);
            i = j;
        }
        return tables;
    }

    private static string[] Cells(string line)
    {
        Assert.StartsWith("| ", line);
        Assert.EndsWith(" |", line);
        return UnescapedPipe().Split(line.Trim()[1..^1]).Select(c => c.Trim()).ToArray();
    }

    [GeneratedRegex(@"^\|( *:?-{3,}:? *\|)+$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
