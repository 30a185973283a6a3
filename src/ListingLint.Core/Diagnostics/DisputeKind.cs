namespace ListingLint.Diagnostics;

/// <summary>The buyer dispute or marketplace penalty that a rule helps prevent.</summary>
public enum DisputeKind
{
    None,
    /// <summary>"Item not as described": the received item differs from the listing.</summary>
    NotAsDescribed,
    /// <summary>Counterfeit, unauthorized brand or trademark complaint.</summary>
    IntellectualProperty,
    /// <summary>Listing demoted or removed for breaking marketplace listing rules (SKU cheating, keyword stuffing).</summary>
    ListingPolicy,
    /// <summary>Buyer expected a different delivery, package or after-sales service.</summary>
    Delivery,
    /// <summary>The listing cannot be read or audited at all.</summary>
    InputError,
}
