namespace ListingLint.ImageTools;

public static class FixtureSet
{
    public static int Write(string root) => 0;
}
