namespace ListingLint.Model;

/// <summary>A problem met while reading a listing that did not stop it loading.</summary>
public sealed record LoadNote(string Message, Location Location);
