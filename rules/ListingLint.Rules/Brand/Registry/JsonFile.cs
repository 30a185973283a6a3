using ListingLint.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ListingLint.Rules.Brand.Registry;

/// <summary>Reads the store's brand and authorization files: JSON with line information, errors as configuration errors.</summary>
internal static class JsonFile
{
    public static JToken Parse(string json, string file)
    {
        try
        {
            return JToken.Parse(json, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException e)
        {
            throw new ConfigurationException(file, e.LineNumber, e.LinePosition, "not valid JSON");
        }
    }

    /// <summary>The array a file holds, bare or under <paramref name="property"/> of an object.</summary>
    public static JArray ListOf(JToken root, string property, string file, string what) =>
        (root is JObject obj ? obj[property] : root) as JArray
        ?? throw ConfigurationException.At(file, root, $"{what} is an array or an object with a '{property}' array");
}
