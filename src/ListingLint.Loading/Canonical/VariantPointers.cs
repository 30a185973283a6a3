using ListingLint.Model;

namespace ListingLint.Loading.Canonical;

/// <summary>The JSON pointers of a variant and its fields; built once for the first variants, which every listing shares.</summary>
internal sealed class VariantPointers
{
    private static readonly VariantPointers[] Shared = Enumerable.Range(0, 64).Select(i => new VariantPointers(i)).ToArray();

    private VariantPointers(int index)
    {
        Self = JsonPointer.Append("/variants", index);
        Sku = Self + "/sku";
        Title = Self + "/title";
        Options = Self + "/options";
        Price = Self + "/price";
        Stock = Self + "/stock";
        Image = Self + "/image";
    }

    public static VariantPointers Of(int index) => index < Shared.Length ? Shared[index] : new VariantPointers(index);

    public string Self { get; }
    public string Sku { get; }
    public string Title { get; }
    public string Options { get; }
    public string Price { get; }
    public string Stock { get; }
    public string Image { get; }
}
