using ListingLint.Diagnostics;
using ListingLint.Testing;

namespace Acme.ListingRules.Tests;

public class ACME101MissingWarrantyAttributeTests
{
    private static readonly RuleTester Tester = RuleTester.For<ACME101MissingWarrantyAttribute>();

    [Fact]
    public void ActionCameraWithoutWarranty_Fires()
    {
        var finding = Assert.Single(Tester.Fires("""
            {
              "id": "1005006543210",
              "title": "4K Action Camera 30M Waterproof WiFi Sports Camera",
              "category": ["Consumer Electronics", "Camera & Photo"],
              "attributes": { "Color": "Black", "Storage Capacity": "64GB" }
            }
            """, "ACME101", "/attributes", Severity.Warning));

        Assert.Equal("Consumer Electronics", finding.Evidence["category"]);
        Assert.Equal("https://wiki.example/acme/ACME101", finding.Descriptor.HelpUri);
    }

    [Fact]
    public void ActionCameraWithWarranty_Quiet() => Tester.Quiet("""
        {
          "id": "1005006543211",
          "title": "4K Action Camera 30M Waterproof WiFi Sports Camera",
          "category": ["Consumer Electronics", "Camera & Photo"],
          "attributes": [ { "name": "Color", "value": "Black" }, { "name": "Warranty Period", "value": "1 year" } ]
        }
        """);

    [Fact]
    public void PhoneCaseOutsideElectronics_Quiet() => Tester.Quiet("""
        {
          "id": "1005001112223",
          "title": "Shockproof Silicone Phone Case for iPhone 15 Pro Max",
          "category": ["Phones & Telecommunications", "Phone Bags & Cases"],
          "attributes": { "Material": "Silicone" }
        }
        """);

    [Fact]
    public void ConfiguredCategory_Fires() =>
        RuleTester.For<ACME101MissingWarrantyAttribute>("""{ "rules": { "ACME101": { "categories": ["Phone Bags & Cases"] } } }""").Fires("""
            {
              "id": "1005001112223",
              "title": "Shockproof Silicone Phone Case for iPhone 15 Pro Max",
              "category": ["Phones & Telecommunications", "Phone Bags & Cases"],
              "attributes": { "Material": "Silicone" }
            }
            """, "ACME101", "/attributes");
}
