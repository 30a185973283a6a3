using ListingLint.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Core.Tests.IO;

public class JsonPositionsTests
{
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
    }

    [Theory]
    [InlineData("14.50")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("1234567890123")]
    [InlineData("0.001")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    public void ValueStartsWhereItIsWritten(string value)
    {
        var token = Parse($$"""{ "key":  {{value}} }""")["key"]!;
        Assert.Equal((1, 11), JsonPositions.StartOf(token));
    }

    [Fact]
    public void PropertyStartsAtItsKey() =>
        Assert.Equal((1, 3), JsonPositions.StartOf(((JObject)Parse("""{ "key": 1 }""")).Property("key")!));
}
