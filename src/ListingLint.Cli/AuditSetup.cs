using ListingLint.Configuration;
using ListingLint.Engine.Hosting;
using ListingLint.Imaging;
using ListingLint.Imaging.Caching;
using ListingLint.Loading;
using ListingLint.Loading.Inputs;
using ListingLint.Model;

namespace ListingLint.Cli;

/// <summary>What every command that audits builds the same way: the rules, the engine, the image cache and the input stream.</summary>
public sealed record AuditSetup(RuleCatalog Catalog, AuditEngine Engine, IEnumerable<PendingListing> Pending)
{
    public static AuditSetup Create(AuditConfiguration configuration, IReadOnlyList<string> paths, IReadOnlySet<string>? only = null,
        bool noCache = false, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null)
    {
        var rules = RuleSources.Load(configuration);
        if (only is not null)
        {
            var unknown = only.Where(id => rules.Catalog.Find(id) is null).ToArray();
            if (unknown.Length > 0)
                throw new UsageException($"--only names unknown rule(s): {string.Join(", ", unknown)}");
        }
        var engine = AuditEngine.Create(rules.Catalog, configuration, only, rules.Definitions);
        foreach (var images in engine.BatchObservers.OfType<ImageFactProvider>())
            images.UseCache(noCache ? null : ImageCache.DefaultPath(configuration));

        var imageRoot = configuration.Images.Root is { } root ? configuration.Resolve(root) : null;
        var (files, missing) = new InputExpander(include, exclude).Expand(paths, imageRoot);
        var reader = InputFormats.CreateReader(new LoadOptions { ImageRoot = imageRoot });
        return new AuditSetup(rules.Catalog, engine, missing.Select(ListingReader.Missing).Concat(reader.Read(files)));
    }
}
