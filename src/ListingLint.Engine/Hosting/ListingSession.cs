using ListingLint.Diagnostics;
using ListingLint.Engine.Authoring;
using ListingLint.Model;
using NRules;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// An NRules session that audits one listing after another on one thread. Creating a session allocates every
/// node's memory (about 30 KB with the built-in rules); retracting a listing's facts after firing costs less
/// and leaves the session as new. A session that saw an error or cannot be emptied is not reused.
/// </summary>
internal sealed class ListingSession
{
    private readonly List<Diagnostic> _crashes = [];
    private Listing? _listing;

    public ListingSession(ISession session, Func<Listing, string, Exception, Diagnostic> crash)
    {
        Session = session;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            foreach (var rule in e.Rules)
                _crashes.Add(crash(_listing!, rule.Name, e.Exception!));
        };
        session.Events.RhsExpressionFailedEvent += (_, e) =>
        {
            e.IsHandled = true;
            _crashes.Add(crash(_listing!, e.Match.Rule.Name, e.Exception!));
        };
    }

    public ISession Session { get; }

    /// <summary>The current listing's findings, when they are not facts (see <see cref="FindingSink"/>).</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>Rule and provider failures for the current listing.</summary>
    public List<Diagnostic> Crashes => _crashes;

    public void Begin(Listing listing)
    {
        _listing = listing;
        _crashes.Clear();
        Findings.Clear();
    }

    /// <summary>Retracts <paramref name="left"/>, everything the listing left in the session, in one pass through the network; false when the session should not be used again.</summary>
    public bool TryEmpty(IReadOnlyList<object> left)
    {
        _listing = null;
        if (_crashes.Count > 0)
            return false;
        try
        {
            Session.RetractAll(left);
            return Session.Agenda.IsEmpty && !Session.Query<object>().AsEnumerable().Any();
        }
        catch (Exception)
        {
            return false;
        }
    }
}
