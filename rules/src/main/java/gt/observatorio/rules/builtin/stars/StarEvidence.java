package gt.observatorio.rules.builtin.stars;

import gt.observatorio.engine.domain.Dataset;
import gt.observatorio.engine.domain.Distribution;
import gt.observatorio.engine.domain.ProbeOutcome;
import gt.observatorio.engine.domain.ProbeResult;
import gt.observatorio.rules.vocab.Formats;
import gt.observatorio.rules.vocab.LicenceInfo;
import gt.observatorio.rules.vocab.Vocabularies;

/**
 * Berners-Lee's stars for one distribution, by CKAN QA's order of evidence: a broken link is 0;
 * else the sniffed content's format, else the URL's extension, else the declared format (or media
 * type) gives the stars of ckanext-qa's table; unknown is 1; a licence that is not open is 0.
 *
 * @param basis what decided: {@code broken-link}, {@code sniffed}, {@code extension},
 *     {@code declared}, {@code unknown} or {@code licence-not-open}
 */
record StarEvidence(int stars, String basis, String value) {

  static StarEvidence of(Distribution d, ProbeResult p, Dataset ds) {
    StarEvidence byFormat = byFormat(d, p);
    if (byFormat.stars() == 0 && byFormat.basis().equals("broken-link")) {
      return byFormat;
    }
    String licence = d.license() == null || d.license().isBlank() ? ds.license() : d.license();
    LicenceInfo l = Vocabularies.standard().licences().resolve(licence);
    if (l == null || !l.open()) {
      return new StarEvidence(0, "licence-not-open", licence == null ? "(vacío/empty)" : licence);
    }
    return byFormat;
  }

  /** The stars the format alone earns (licence not read); a probe that was not reachable gives {@code broken-link}. */
  static StarEvidence byFormat(Distribution d, ProbeResult p) {
    Formats f = Vocabularies.standard().formats();
    if (p != null && p.outcome() != ProbeOutcome.NOT_PROBED && !p.outcome().reachable()) {
      return new StarEvidence(0, "broken-link", p.outcome().id() + (p.httpStatus() == null ? "" : " HTTP " + p.httpStatus()));
    }
    if (p != null && p.outcome().reachable()) {
      int s = stars(f, p.format());
      if (s >= 0) {
        return new StarEvidence(s, "sniffed", p.format());
      }
      s = stars(f, p.sniffedContentType());
      if (s >= 0) {
        return new StarEvidence(s, "sniffed", p.sniffedContentType());
      }
    }
    var ext = f.fromUrlExtension(d.probeUrl());
    if (ext != null) {
      return new StarEvidence(ext.stars(), "extension", ext.code());
    }
    int s = stars(f, d.format());
    if (s >= 0) {
      return new StarEvidence(s, "declared", d.format());
    }
    s = stars(f, d.mediaType());
    if (s >= 0) {
      return new StarEvidence(s, "declared", d.mediaType());
    }
    return new StarEvidence(1, "unknown", d.format());
  }

  private static int stars(Formats f, String raw) {
    return raw == null || raw.isBlank() ? -1 : f.stars(raw);
  }
}
