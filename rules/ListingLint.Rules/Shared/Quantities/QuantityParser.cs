using System.Globalization;
using System.Text.RegularExpressions;

namespace ListingLint.Rules.Shared.Quantities;

/// <summary>
/// Reads numbers with units from titles and attribute values: "256GB", "10,000 mAh", "6.67''", "64/128/256GB"
/// (the unit of the last number is shared), "8+256GB", "36-55L" (a range), "Supports up to 2TB" (a limit, not a claim).
/// </summary>
public static partial class QuantityParser
{
    // Source-generated (compiled ahead of time with the assembly) instead of RegexOptions.Compiled, which emitted and
    // JIT-compiled it at every start. The unit alternation is Units.Pattern written out; a test keeps the two equal.
    [GeneratedRegex(
        @"(?<![\p{L}\d.,])(?<n>[0-9]{1,3}(?:,[0-9]{3})+(?![\d.,])|[0-9]+(?:[.,][0-9]+)?)(?:\s*-?\s*(?<u>inches|fl\s*oz|inch|mah|kwh|lbs|tb|gb|mb|ah|wh|kw|mm|cm|''|kg|mg|lb|ml|w|m|""|”|″|g|l|v)(?![\p{L}\d])(?!\s*/\s*(?:s|sec|h|hr|hour|min|day)\b))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Atom();

    /// <summary>The pattern that finds numbers and units.</summary>
    public static string AtomPattern => Atom().ToString();

    private static readonly HashSet<string> LimitWordsBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "up", "upto", "max", "maximum", "support", "supports", "supported", "supporting", "expandable", "expand",
        "extend", "extended", "extendable", "expansion", "compatible",
    };

    private static readonly HashSet<string> LimitWordsAfter = new(StringComparer.OrdinalIgnoreCase) { "peak", "surge", "max", "maximum" };

    /// <summary>Parses every quantity in <paramref name="text"/>. <paramref name="hint"/> says what a bare "G" means (GB or grams); without one it is skipped.</summary>
    public static IReadOnlyList<ParsedQuantity> Parse(string? text, Dimension? hint = null)
    {
        if (!MayHoldNumber(text))
            return [];
        var atoms = new List<RawAtom>();
        for (var match = Atom().Match(text); match.Success; match = match.NextMatch())
            atoms.Add(new RawAtom(match));
        var result = new List<ParsedQuantity>();
        for (var i = 0; i < atoms.Count; i++)
        {
            var chainEnd = i;
            while (chainEnd + 1 < atoms.Count && Between(text, atoms[chainEnd], atoms[chainEnd + 1]) is "/" or "+")
                chainEnd++;
            var unitAtom = atoms[chainEnd];
            if (chainEnd == i && unitAtom.Unit is null && i + 1 < atoms.Count && IsRangeSeparator(Between(text, atoms[i], atoms[i + 1])) && atoms[i + 1].Unit is not null)
            {
                AddRange(text, atoms[i], atoms[i + 1], hint, result);
                i++;
                continue;
            }
            var plus = chainEnd == i + 1 && Between(text, atoms[i], atoms[i + 1]) is "+";
            var limit = IsLimitBefore(text, atoms[i].Start) || IsLimitAfter(text, unitAtom.End);
            var chain = new List<ParsedQuantity>();
            for (var k = i; k <= chainEnd; k++)
            {
                if (IsMultiplied(text, atoms[k]))
                    continue;
                var unit = Resolve(atoms[k].Unit ?? unitAtom.Unit, atoms[k].Value, text, unitAtom.End, hint, chainEnd > i);
                if (unit is not null)
                    chain.Add(Make(atoms[k], atoms[k], unit, limit || IsLimitAfter(text, atoms[k].End), text, PlusPair.None));
            }
            if (plus && chain.Count == 2 && chain[0].Quantity.Dimension == chain[1].Quantity.Dimension)
            {
                chain[0] = chain[0] with { Pair = PlusPair.First, PairPartner = chain[1].Quantity };
                chain[1] = chain[1] with { Pair = PlusPair.Second, PairPartner = chain[0].Quantity };
            }
            result.AddRange(chain);
            i = chainEnd;
        }
        return result;
    }

    private static void AddRange(string text, RawAtom low, RawAtom high, Dimension? hint, List<ParsedQuantity> result)
    {
        var unit = Resolve(high.Unit, high.Value, text, high.End, hint, false);
        if (unit is not null)
            result.Add(Make(low, high, unit, IsLimitBefore(text, low.Start), text, PlusPair.None));
    }

    private static ParsedQuantity Make(RawAtom first, RawAtom last, Units.Unit unit, bool limit, string text, PlusPair pair)
    {
        var resolution = Math.Max(first.Resolution, last.Resolution) * unit.Factor;
        var quantity = new Quantity(unit.Dimension, first.Value * unit.Factor, last.Value * unit.Factor, resolution,
            text[first.Start..last.End].Trim(), first.Start, limit) { Unit = unit.Symbol };
        return new ParsedQuantity(quantity, pair, last.End);
    }

    // "G" is gigabytes in "8G RAM" or "64G/128G" and grams in "500g"; "5G", "2.4G" are radio bands.
    private static Units.Unit? Resolve(string? token, double value, string text, int end, Dimension? hint, bool inChain)
    {
        if (token is null)
            return null;
        if (!token.Equals("g", StringComparison.OrdinalIgnoreCase))
            return Units.Find(token);
        if (hint == Dimension.Data || inChain && token == "G" || IsRamOrRom(NextWord(text, end)))
            return Units.Find("gb");
        if (hint == Dimension.Mass)
            return Units.Find("g");
        var radioBand = value is 2 or 3 or 4 or 5 or 6 or 2.4 or 5.2 or 5.8;
        return token == "g" && !radioBand ? Units.Find("g") : null;
    }

    // "2 x 10W", "10W*2", "30*20*10cm": the figure is one factor of a product or one side of a size, not a total.
    private static bool IsMultiplied(string text, RawAtom atom)
    {
        var before = text.AsSpan(0, atom.Start).TrimEnd();
        if (before.Length > 0 && IsTimesSign(before[^1]))
        {
            before = before[..^1].TrimEnd();
            if (before.Length > 0 && char.IsDigit(before[^1]))
                return true;
        }
        var after = text.AsSpan(atom.End).TrimStart();
        if (after.Length > 0 && IsTimesSign(after[0]))
        {
            after = after[1..].TrimStart();
            return after.Length > 0 && char.IsDigit(after[0]);
        }
        return false;
    }

    private static bool IsTimesSign(char c) => c is 'x' or 'X' or '\u00d7' or '*';

    private static ReadOnlySpan<char> Between(string text, RawAtom left, RawAtom right) =>
        left.End <= right.Start ? text.AsSpan(left.End, right.Start - left.End).Trim() : default;

    private static bool IsRangeSeparator(ReadOnlySpan<char> separator) => separator is "-" or "~" or "to" or "\u2013";

    // One of the last three words before the number is "up", "max", "supports"…
    private static bool IsLimitBefore(string text, int start)
    {
        var end = start;
        for (var word = 0; word < 3; word++)
        {
            while (end > 0 && !char.IsLetterOrDigit(text[end - 1]))
                end--;
            if (end == 0)
                return false;
            var begin = end;
            while (begin > 0 && char.IsLetterOrDigit(text[begin - 1]))
                begin--;
            if (LimitWordsBeforeLookup.Contains(text.AsSpan(begin, end - begin)))
                return true;
            end = begin;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LimitWordsBeforeLookup = LimitWordsBefore.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LimitWordsAfterLookup = LimitWordsAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsLimitAfter(string text, int end) => LimitWordsAfterLookup.Contains(NextWord(text, end));

    private static bool IsRamOrRom(ReadOnlySpan<char> word) =>
        word.Equals("ram", StringComparison.OrdinalIgnoreCase) || word.Equals("rom", StringComparison.OrdinalIgnoreCase);

    // The letters of the word after white space and "(" at end ("8G (RAM)"); empty when no word follows.
    private static ReadOnlySpan<char> NextWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '('))
            i++;
        var begin = i;
        while (i < text.Length && char.IsLetter(text[i]))
            i++;
        return text.AsSpan(begin, i - begin);
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot hold a quantity. The pattern's numbers start at an ASCII digit not
    /// preceded by a letter, digit, '.' or ',' ("M6031" holds none): most attribute values fail this test, which is far
    /// cheaper than running the pattern.
    /// </summary>
    public static bool MayHoldNumber([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text)
    {
        if (string.IsNullOrEmpty(text))
            return false;
        var at = text.AsSpan().IndexOfAnyInRange('0', '9');
        while (at >= 0)
        {
            if (at == 0 || text[at - 1] is not ('.' or ',') && !char.IsLetterOrDigit(text[at - 1]))
                return true;
            var next = text.AsSpan(at + 1).IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private sealed class RawAtom
    {
        public RawAtom(Match match)
        {
            Start = match.Index;
            End = match.Index + match.Length;
            var number = match.Groups["n"].ValueSpan;
            // "10,000" groups thousands; "6,5" is a decimal comma.
            Span<char> normalized = stackalloc char[number.Length];
            var length = 0;
            var thousands = IsGroupedThousands(number);
            foreach (var c in number)
            {
                if (c != ',')
                    normalized[length++] = c;
                else if (!thousands)
                    normalized[length++] = '.';
            }
            normalized = normalized[..length];
            Value = double.Parse(normalized, CultureInfo.InvariantCulture);
            var dot = normalized.IndexOf('.');
            Resolution = dot < 0 ? 0 : 0.5 * Math.Pow(10, -(normalized.Length - dot - 1));
            Unit = match.Groups["u"] is { Success: true } unit ? unit.Value : null;
        }

        // 1-3 digits, then groups of a comma and three digits ("10,000", "1,000,000").
        private static bool IsGroupedThousands(ReadOnlySpan<char> number)
        {
            var comma = number.IndexOf(',');
            if (comma is < 1 or > 3 || (number.Length - comma) % 4 != 0)
                return false;
            for (var i = 0; i < number.Length; i++)
            {
                var expectComma = i >= comma && (i - comma) % 4 == 0;
                if (expectComma ? number[i] != ',' : !char.IsAsciiDigit(number[i]))
                    return false;
            }
            return true;
        }

        public int Start { get; }
        public int End { get; }
        public double Value { get; }
        public double Resolution { get; }
        public string? Unit { get; }
    }

}

/// <summary>In "8GB+256GB" (RAM + storage on phones) the first and the second number.</summary>
public enum PlusPair
{
    None,
    First,
    Second,
}

/// <summary>A quantity with how it was written: its place in a "+" pair and where its text ends.</summary>
public sealed record ParsedQuantity(Quantity Quantity, PlusPair Pair, int End)
{
    public Quantity? PairPartner { get; init; }
}
