using ListingLint.Diagnostics;

namespace ListingLint.Engine.Tests.Declarative;

public class DeclarativeRuleFiringTests
{
    [Fact]
    public void WholesaleRegexOnTitle_FiresAtTitleWithMatch()
    {
        var tester = DeclarativeRules.Rule("listing", """{ "field": "title", "matches": "(?i)\\bwholesale\\b" }""", "Title says '{match}'");

        var finding = Assert.Single(tester.Fires(Listings.ActionCamera, "ACME001", "/title", Severity.Warning));

        Assert.Equal("Title says 'Wholesale'", finding.Message);
        Assert.Equal("Wholesale", finding.Evidence["match"]);
        Assert.Equal(3, finding.Location.Line);
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void VariantWithoutSku_FiresOnEachVariantMissingOrBlank()
    {
        var tester = DeclarativeRules.Rule("variant", """{ "not": { "field": "sku", "exists": true } }""", "Variant '{title}' has no SKU");

        var findings = tester.Run(Listings.ActionCamera);

        Assert.Equal(["/variants/1", "/variants/2/sku"], findings.Select(d => d.Location.Pointer).Order());
        var missing = Assert.Single(findings, d => d.Message == "Variant 'Helmet mount only' has no SKU");
        Assert.Equal("field=sku check=exists", missing.Evidence.ToString());
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void LeatherMaterialAttribute_FiresOnWholeWordOnly()
    {
        var tester = DeclarativeRules.Rule("attribute",
            """{ "all": [ { "field": "name", "equals": "material" }, { "field": "value", "containsAny": ["leather", "real hide"] } ] }""",
            "{value} claims {match}");

        var finding = Assert.Single(tester.Fires(Listings.ActionCamera, "ACME001", "/attributes/Material"));

        Assert.Equal("Genuine Leather strap claims Leather", finding.Message);
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void MissingRequiredAttribute_FiresOnTheListing()
    {
        var tester = DeclarativeRules.Rule("listing", """{ "not": { "field": "attributes.Compatible Model", "exists": true } }""", "No compatible model given");

        tester.Fires(Listings.ActionCamera, "ACME001", "");
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void PriceBelowFloorAndHandlingAboveLimit_FireAtTheirFields()
    {
        var price = DeclarativeRules.Rule("listing", """{ "field": "price.amount", "lessThan": 5 }""", "Price {value} is below the store floor");
        var handling = DeclarativeRules.Rule("listing", """{ "field": "shipping.handlingDays", "greaterThan": 5 }""");

        Assert.Equal("Price 3.49 is below the store floor", Assert.Single(price.Fires(Listings.PhoneCase, "ACME001", "/price/amount")).Message);
        price.Quiet(Listings.ActionCamera);
        handling.Fires(Listings.ActionCamera, "ACME001", "/shipping/handlingDays");
        handling.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void SeveralChecksOnOneField_AllMustHold()
    {
        var tester = DeclarativeRules.Rule("variant", """{ "field": "price", "greaterThan": 1, "lessThan": 5 }""", "{title} at {price}");

        var finding = Assert.Single(tester.Run(Listings.ActionCamera));

        Assert.Equal("Helmet mount only at 1.99", finding.Message);
        Assert.Equal("/variants/1/price", finding.Location.Pointer);
    }

    [Fact]
    public void InAndOptionPath_FireOnMatchingVariantOption()
    {
        var tester = DeclarativeRules.Rule("variant", """{ "field": "options.Bundle", "in": ["mount", "Strap"] }""", "Accessory {options.Bundle} sold under the camera");

        var finding = Assert.Single(tester.Fires(Listings.ActionCamera, "ACME001", "/variants/1/options/Bundle"));

        Assert.Equal("Accessory Mount sold under the camera", finding.Message);
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void UnknownInputField_IsReachableByPath()
    {
        var tester = DeclarativeRules.Rule("listing", """{ "field": "warranty.months", "lessThan": 12 }""", "Warranty of {warranty.months} months is below the 12 the store promises");

        var finding = Assert.Single(tester.Fires(Listings.ActionCamera, "ACME001", "/warranty/months"));

        Assert.Equal("Warranty of 6 months is below the 12 the store promises", finding.Message);
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void FewImagesAndLongTitle_UseLengthOfListsAndText()
    {
        var images = DeclarativeRules.Rule("listing", """{ "field": "images", "lengthLessThan": 3 }""", "Only {value} shown");
        var title = DeclarativeRules.Rule("listing", """{ "field": "title", "lengthGreaterThan": 60 }""");

        Assert.Equal("Only images/cam-main.jpg, http://cdn.example.com/cam-side.jpg shown", Assert.Single(images.Fires(Listings.ActionCamera, "ACME001", "/images")).Message);
        images.Quiet(Listings.PhoneCase);
        title.Fires(Listings.ActionCamera, "ACME001", "/title");
        title.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void InsecureImageUrl_FiresOnThatImage()
    {
        var tester = DeclarativeRules.Rule("image", """{ "field": "src", "matches": "^http://" }""", "Image {src} is not served over https");

        var finding = Assert.Single(tester.Fires(Listings.ActionCamera, "ACME001", "/images/1"));

        Assert.Equal("Image http://cdn.example.com/cam-side.jpg is not served over https", finding.Message);
        tester.Quiet(Listings.PhoneCase);
    }

    [Fact]
    public void AnyOfTwoConditions_ReportsTheOneThatHeld()
    {
        var tester = DeclarativeRules.Rule("listing",
            """{ "any": [ { "field": "brand", "equals": "GoPro" }, { "field": "category", "containsAny": ["Phone Bags & Cases"] } ] }""",
            "{field} is '{match}'");

        Assert.Equal("category is 'Phone Bags & Cases'", Assert.Single(tester.Fires(Listings.PhoneCase, "ACME001", "/category")).Message);
        tester.Quiet(Listings.ActionCamera);
    }

    [Fact]
    public void ConfiguredSeverity_WinsOverTheRuleFile()
    {
        var tester = DeclarativeRules.Tester(
            """{ "rules": [ { "id": "ACME009", "title": "Ships from CN", "severity": "info", "category": "Shipping policy", "for": "listing", "when": { "field": "shipping.shipsFrom", "equals": "CN" }, "message": "Ships from {shipping.shipsFrom}" } ] }""",
            """{ "rules": { "ACME009": "error" } }""");

        tester.Fires(Listings.PhoneCase, "ACME009", "/shipping/shipsFrom", Severity.Error);
    }

    [Fact]
    public void LiteralBraces_AreKept()
    {
        var tester = DeclarativeRules.Rule("listing", """{ "field": "brand", "equals": "akaso" }""", "{{brand}} is {brand}");

        Assert.Equal("{brand} is Akaso", Assert.Single(tester.Run(Listings.ActionCamera)).Message);
    }
}
