package academy.anxin.services.infrastructure;

import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The named administrative divisions, {@code content/services/regions.tsv} as bundled in this module: code, Chinese
 * name, English name, tab-separated; {@code #} starts a comment. A malformed line stops the start, named.
 */
@ApplicationScoped
public class RegionsFile {

    static final String BUNDLED = "/academy/anxin/services/regions.tsv";

    private Regions regions;

    @Produces
    Regions regions() {
        if (regions == null) {
            try (InputStream in = RegionsFile.class.getResourceAsStream(BUNDLED)) {
                regions = in == null ? new Regions(List.of()) : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return regions;
    }

    static Regions read(InputStream in) throws IOException {
        List<Regions.Region> read = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 3 || !RegionCode.isValid(fields[0])) {
                throw new IllegalStateException("regions.tsv line " + number + ": code, Chinese name, English name");
            }
            read.add(new Regions.Region(new RegionCode(fields[0]), fields[1].strip(), fields[2].strip()));
        }
        return new Regions(read);
    }
}
