package gt.observatorio.rules.vocab;

import gt.observatorio.engine.vocab.Csv;
import gt.observatorio.engine.vocab.FormatVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The vocabularies shipped under {@code vocabularies/}, loaded once ({@code formats.csv} and
 * {@code mqa-format-lists.csv} are the engine's, shared with the prober). Their SHA-256 is part of
 * every rule set's content hash, so a changed vocabulary is a changed methodology.
 */
public final class Vocabularies {
  /** The files, in the order they are hashed. */
  public static final List<String> FILES = List.of("formats.csv", "mqa-format-lists.csv",
      "ckan-qa-format-stars.csv", "licences.csv", "periodicities.csv", "hdx-freshness-thresholds.csv",
      "access-rights.csv");
  private static final String DIR = "vocabularies/";
  private static volatile Vocabularies standard;

  private final Formats formats;
  private final Licences licences;
  private final Periodicities periodicities;
  private final FreshnessThresholds freshness;
  private final AccessRights accessRights;
  private final String sha256;

  private Vocabularies() {
    formats = new Formats(FormatVocabulary.standard(), Csv.read(DIR + "ckan-qa-format-stars.csv"));
    licences = new Licences(Csv.read(DIR + "licences.csv"));
    periodicities = new Periodicities(Csv.read(DIR + "periodicities.csv"));
    freshness = new FreshnessThresholds(Csv.read(DIR + "hdx-freshness-thresholds.csv"));
    accessRights = new AccessRights(Csv.read(DIR + "access-rights.csv"));
    sha256 = hash();
  }

  /** The shipped vocabularies. */
  public static Vocabularies standard() {
    Vocabularies v = standard;
    if (v == null) {
      synchronized (Vocabularies.class) {
        v = standard;
        if (v == null) {
          v = new Vocabularies();
          standard = v;
        }
      }
    }
    return v;
  }

  public Formats formats() {
    return formats;
  }

  public Licences licences() {
    return licences;
  }

  public Periodicities periodicities() {
    return periodicities;
  }

  public FreshnessThresholds freshness() {
    return freshness;
  }

  public AccessRights accessRights() {
    return accessRights;
  }

  /** SHA-256 (hex) over the vocabulary files' bytes. */
  public String sha256() {
    return sha256;
  }

  private static String hash() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String f : FILES) {
        try (InputStream in = Vocabularies.class.getClassLoader().getResourceAsStream(DIR + f)) {
          md.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          md.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
