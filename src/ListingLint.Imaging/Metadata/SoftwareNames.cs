namespace ListingLint.Imaging.Metadata;

/// <summary>
/// The software names that count as provenance evidence, as data. A name is matched case-insensitively as a
/// substring; the first matching entry wins, and <see cref="NotEditors"/> is consulted first so that a camera
/// vendor's transfer tool or a firmware string is never taken for an editor.
/// </summary>
internal static class SoftwareNames
{
    /// <summary>Programs that retouch, composite or re-render photos. (pattern, canonical name)</summary>
    public static readonly IReadOnlyList<(string Pattern, string Name)> Editors =
    [
        ("lightroom", "Adobe Lightroom"),
        ("camera raw", "Adobe Camera Raw"),
        ("photoshop", "Adobe Photoshop"),
        ("adobe express", "Adobe Express"),
        ("illustrator", "Adobe Illustrator"),
        ("gimp", "GIMP"),
        ("affinity photo", "Affinity Photo"),
        ("pixelmator", "Pixelmator"),
        ("snapseed", "Snapseed"),
        ("capture one", "Capture One"),
        ("luminar", "Luminar"),
        ("picsart", "PicsArt"),
        ("meitu", "Meitu"),
        ("beautyplus", "BeautyPlus"),
        ("beautycam", "BeautyPlus"),
        ("facetune", "Facetune"),
        ("canva", "Canva"),
        ("fotor", "Fotor"),
        ("pixlr", "Pixlr"),
        ("photopea", "Photopea"),
        ("paint.net", "Paint.NET"),
        ("paintshop", "Corel PaintShop Pro"),
        ("photoscape", "PhotoScape"),
        ("photodirector", "PhotoDirector"),
        ("vsco", "VSCO"),
        ("polarr", "Polarr"),
        ("darktable", "darktable"),
        ("rawtherapee", "RawTherapee"),
        ("acdsee", "ACDSee"),
        ("dxo photolab", "DxO PhotoLab"),
        ("on1 photo", "ON1 Photo RAW"),
        ("remove.bg", "remove.bg"),
        ("picasa", "Picasa"),
        ("photo studio", "Photo Studio"),
        ("imageready", "Adobe ImageReady"),
        ("windows photo editor", "Windows Photo Editor"),
    ];

    /// <summary>Image generators: a file they wrote is AI-generated whatever else it says.</summary>
    public static readonly IReadOnlyList<(string Pattern, string Name)> Generators =
    [
        ("midjourney", "Midjourney"),
        ("dall-e", "DALL-E"),
        ("dall·e", "DALL-E"),
        ("stable diffusion", "Stable Diffusion"),
        ("stablediffusion", "Stable Diffusion"),
        ("firefly", "Adobe Firefly"),
        ("novelai", "NovelAI"),
        ("leonardo.ai", "Leonardo.Ai"),
        ("ideogram", "Ideogram"),
        ("comfyui", "ComfyUI"),
        ("google imagen", "Google Imagen"),
        ("gpt-image", "OpenAI GPT Image"),
    ];

    /// <summary>
    /// Camera-vendor transfer and viewer tools, phone and camera firmware: they copy or rotate a picture but do not
    /// retouch it, so they are evidence of nothing (and never mistaken for the editors above). Regular expressions,
    /// case-insensitive; firmware patterns are anchored so that "Photoshop Ver. 13" stays an editor.
    /// </summary>
    public static readonly IReadOnlyList<string> NotEditors =
    [
        "nikon transfer", "viewnx", "eos utility", "imagebrowser", "zoombrowser", "playmemories", "image capture",
        "olympus viewer", "samsung kies", "smart switch", "windows photo viewer", "photo gallery",
        @"^ver(sion)?\.?\s*\d", @"^v?\d+(\.\d+)+\b", "firmware", @"hdr\+", @"^android\b", @"^ios\b",
        "exiftool", "imagemagick", "libvips", "graphicsmagick",
    ];
}
