namespace ListingLint.Engine.Tests.Declarative;

/// <summary>AliExpress-style listings the declarative rule tests run on.</summary>
internal static class Listings
{
    public const string ActionCamera = """
        {
          "id": "1005006543210",
          "title": "4K Action Camera 30M Waterproof WiFi Sports Camera Wholesale Lot",
          "brand": "Akaso",
          "category": ["Consumer Electronics", "Camera & Photo", "Sports & Action Video"],
          "price": { "amount": 59.99, "currency": "USD" },
          "attributes": { "Color": "Black", "Material": "Genuine Leather strap", "Storage Capacity": "64GB" },
          "variants": [
            { "sku": "CAM-BLK-64", "title": "Black 64GB", "options": { "Color": "Black", "Bundle": "Camera" }, "price": 59.99, "stock": 120 },
            { "title": "Helmet mount only", "options": { "Bundle": "Mount" }, "price": 1.99, "stock": 0 },
            { "sku": "", "title": "Spare battery", "options": { "Bundle": "Battery" }, "price": 6.5 }
          ],
          "images": [ { "src": "images/cam-main.jpg", "role": "main" }, "http://cdn.example.com/cam-side.jpg" ],
          "shipping": { "method": "AliExpress Standard Shipping", "handlingDays": 7, "shipsFrom": "CN" },
          "warranty": { "months": 6, "provider": "seller" }
        }
        """;

    public const string PhoneCase = """
        {
          "id": "1005001112223",
          "title": "Shockproof Silicone Phone Case for iPhone 15 Pro Max",
          "category": ["Phones & Telecommunications", "Phone Bags & Cases"],
          "price": { "amount": 3.49, "currency": "USD" },
          "attributes": [ { "name": "Material", "value": "Leatherette" }, { "name": "Compatible Model", "value": "iPhone 15 Pro Max" } ],
          "variants": [
            { "sku": "CASE-BLK", "title": "Black", "options": { "Color": "Black" }, "price": 3.49, "stock": 300 },
            { "sku": "CASE-RED", "title": "Red", "options": { "Color": "Red" }, "price": 3.49, "stock": 150 }
          ],
          "images": [ "images/case-main.jpg", "images/case-back.jpg", "images/case-side.jpg" ],
          "shipping": { "method": "Cainiao Super Economy", "handlingDays": 2, "shipsFrom": "CN" }
        }
        """;
}
