using ListingLint.Rules.Variants;

namespace ListingLint.Rules.Text;

/// <summary>How much of a product a title names.</summary>
public enum ProductNaming
{
    /// <summary>At least one word that can name the item.</summary>
    Named,
    /// <summary>The listing's brand and model codes, nothing else ("Realme XT" for brand Realme).</summary>
    BrandOrModelOnly,
    /// <summary>Nothing but placeholders, promotion, numbers or codes ("HOT SALE 2025 NEW", "Product 123", "").</summary>
    Nothing,
}

public static class ProductNamingCheck
{
    public static ProductNaming Classify(TitleText title)
    {
        var brand = new HashSet<string>(Words.Of(title.Listing.Brand), StringComparer.Ordinal);
        var hasBrand = false;
        foreach (var word in title.SingularWords)
        {
            if (StopWords.All.Contains(word) || NonProductWords.All.Contains(word) || VariantWords.Colors.Contains(word) || Words.IsNumber(word))
                continue;
            if (brand.Contains(word))
            {
                hasBrand = true;
                continue;
            }
            if (Words.HasDigit(word) || word.Length < 3)
                continue;
            return ProductNaming.Named;
        }
        return hasBrand ? ProductNaming.BrandOrModelOnly : ProductNaming.Nothing;
    }
}
