package gt.observatorio.engine.domain;

import java.time.YearMonth;

/** One institution's Article 10 compliance in a month, ranked (1 = best; equal compliance, equal rank). */
public record LaipRankingRow(int rank, String institutionCode, String institutionName, YearMonth month,
    String portalUrl, double compliancePercent, double publishedPercent, int current, int stale, int broken,
    int notFound) {}
