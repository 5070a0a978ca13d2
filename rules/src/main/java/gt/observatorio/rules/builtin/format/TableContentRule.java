package gt.observatorio.rules.builtin.format;

import gt.observatorio.engine.domain.DatasetSnapshot;
import gt.observatorio.rules.api.Dimension;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.Finding;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.engine.domain.RuleOutcome;
import gt.observatorio.engine.domain.Severity;
import gt.observatorio.engine.domain.TableIssue;
import gt.observatorio.engine.domain.TableProfile;
import gt.observatorio.engine.domain.Text;
import gt.observatorio.rules.api.BaseRule;
import gt.observatorio.rules.api.RuleParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A check of tabular content (the probe's {@link TableProfile}): the share of the read tables without
 * issues of one family ({@code encoding.}, {@code structure.}, {@code values.}); each issue is a finding
 * with its observed and expected value, its row and column, and advice. Without a read table, not measured.
 */
abstract class TableContentRule extends BaseRule {
  private final String prefix;
  private final Map<String, Text> advice;
  private final Finding noTable;

  TableContentRule(String id, String prefix, Text title, Text rationale, Text advice, Map<String, Text> adviceByCode) {
    super(id, Dimension.FORMAT, title, rationale, advice);
    this.prefix = prefix;
    this.advice = adviceByCode;
    noTable = finding(Severity.INFO, Text.of("No se midió: no se leyó ninguna tabla (CSV, TSV, JSON, XLSX, ODS).",
        "Not measured: no table (CSV, TSV, JSON, XLSX, ODS) was read."), "tables read=0", "≥ 1", "probes");
  }

  @Override
  public final RuleOutcome evaluate(DatasetSnapshot snapshot, RuleParams params) {
    List<Distribution> dists = snapshot.dataset().distributions();
    int read = 0;
    int clean = 0;
    List<Finding> findings = new ArrayList<>();
    Finding tooLarge = null;
    for (int i = 0; i < dists.size(); i++) {
      for (String url : dists.get(i).probeUrls()) {
        ProbeResult p = snapshot.probes().get(url);
        TableProfile t = p == null ? null : p.table();
        if (t != null && t.oversize() != null && tooLarge == null) {
          tooLarge = tooLarge(t, "distributions[" + i + "] " + url);
        }
        if (t == null || t.unreadable() != null) {
          continue;
        }
        read++;
        List<TableIssue> issues = t.issues(prefix);
        clean += issues.isEmpty() ? 1 : 0;
        for (TableIssue x : issues) {
          findings.add(finding(Severity.WARNING, message(x), x.observed(), x.expected(),
              "distributions[" + i + "] " + url + " — " + x.evidence(), advice.getOrDefault(x.code(), advice())));
        }
        break;
      }
    }
    if (read == 0) {
      return tooLarge != null ? notMeasured(params, tooLarge) : notMeasuredFixed(params, noTable);
    }
    if (tooLarge != null && reportsTooLarge()) {
      findings.add(tooLarge);
    }
    return findings.isEmpty() ? pass(params) : partial(params, clean, read, findings);
  }

  /** Whether this rule also names a workbook too large to check when other tables were read (one rule does). */
  protected boolean reportsTooLarge() {
    return false;
  }

  /** A spreadsheet not checked because it is larger than the byte budget: its size against the budget. */
  private Finding tooLarge(TableProfile t, String where) {
    TableProfile.Oversize o = t.oversize();
    String kind = t.kind().toUpperCase(java.util.Locale.ROOT);
    String observed = o.size() >= 0 ? o.size() + " bytes" : "> " + o.budget() + " bytes (" + t.bytesRead() + " leídos / read)";
    return finding(Severity.INFO, Text.of("No se verificó: el archivo " + kind + " es mayor que el presupuesto de "
            + o.budget() + " bytes y su contenido no se puede leer en parte.",
            "Not checked: the " + kind + " file is larger than the budget of " + o.budget()
            + " bytes and its content cannot be read in part."),
        observed, "≤ " + o.budget() + " bytes (crawler.content.maxSpreadsheetBytes)", where,
        Text.of("Publique también la tabla como CSV en UTF-8 (se revisa por partes, de cualquier tamaño), o divida el libro; "
            + "el operador puede aumentar crawler.content.maxSpreadsheetBytes.",
            "Also publish the table as UTF-8 CSV (checked in part, at any size), or split the workbook; the operator "
            + "can raise crawler.content.maxSpreadsheetBytes."));
  }

  /** The message for an issue code. */
  protected abstract Text message(TableIssue issue);
}
