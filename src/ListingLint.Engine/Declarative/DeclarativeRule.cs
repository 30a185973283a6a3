using ListingLint.Diagnostics;
using ListingLint.Engine.Hosting;
using NRules.RuleModel;

namespace ListingLint.Engine.Declarative;

/// <summary>One rule read from a <c>*.rules.json</c> file, validated, with its NRules definition.</summary>
public sealed class DeclarativeRule
{
    private readonly Lazy<IRuleDefinition> _definition;

    public DeclarativeRule(DiagnosticDescriptor descriptor, RuleTarget target, Condition when, MessageTemplate message, string file, int line, int column)
    {
        Descriptor = descriptor;
        Target = target;
        When = when;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        _definition = new Lazy<IRuleDefinition>(() => DeclarativeRuleCompiler.Compile(this));
    }

    public DiagnosticDescriptor Descriptor { get; }
    public RuleTarget Target { get; }
    public Condition When { get; }
    public MessageTemplate Message { get; }

    /// <summary>The rule file and the position of the rule's <c>id</c> in it.</summary>
    public string File { get; }
    public int Line { get; }
    public int Column { get; }

    public string Id => Descriptor.Id;

    public RuleInfo Info => new(Id, null, File, [Descriptor]);

    /// <summary>The rule in NRules' rule model, compiled into the session factory with the C# rules.</summary>
    public IRuleDefinition Definition => _definition.Value;
}
