namespace ListingLint.Diagnostics;

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hidden",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = Severity.Error; return true;
            case "warning": case "warn": severity = Severity.Warning; return true;
            case "info": case "information": case "note": severity = Severity.Info; return true;
            case "hidden": severity = Severity.Hidden; return true;
            default: severity = Severity.Hidden; return false;
        }
    }
}
