using ListingLint.Diagnostics;

namespace ListingLint.Reporting;

/// <summary>An output format that is written as listings stream past, so memory does not grow with the batch.</summary>
public interface IReportFormat
{
    void Begin(RunInfo run);

    void Write(ListingReport report);

    void End(AuditSummary summary);
}
