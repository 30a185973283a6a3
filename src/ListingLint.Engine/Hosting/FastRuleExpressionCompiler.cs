using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace ListingLint.Engine.Hosting;

/// <summary>
/// Compiles rule conditions and actions with FastExpressionCompiler instead of <c>Expression.Compile()</c>, which
/// NRules' documentation offers for this hook; it cuts the engine's start-up. An expression it cannot compile falls
/// back to the framework's compiler.
/// </summary>
internal sealed class FastRuleExpressionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
