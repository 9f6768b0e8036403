package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.search.index.GazetteSimilarity;
import org.opengazette.site.BuiltInTheme;

/**
 * The two places where Java and JavaScript could part: the logarithm in idf (HotSpot's
 * {@code Math.log} intrinsic is not fdlibm; {@code StrictMath.log} is, as is V8's {@code Math.log})
 * and Lucene's norm decoding. Both are compared value by value with the runtime in Node.
 */
class IdfParityTest {
    @TempDir
    Path temp;

    private List<String> node(String script, List<String> input) throws Exception {
        Path in = temp.resolve("in.txt");
        Files.writeString(in, String.join("\n", input));
        Process process = new ProcessBuilder(
                        NodeRunner.node(),
                        "-e",
                        script,
                        in.toString(),
                        BuiltInTheme.folder().resolve("static/search-engine.js").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(2, TimeUnit.MINUTES);
        assertEquals(0, process.exitValue());
        return out.lines().toList();
    }

    @Test
    void idfIsTheSameFloatForEveryDocumentFrequencyUpToThreeThousand() throws Exception {
        List<String> input = new ArrayList<>();
        List<Float> expected = new ArrayList<>();
        GazetteSimilarity similarity = new GazetteSimilarity();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long docCount = 1 + (i < 3000 ? 3000 : random.nextInt(200_000));
            long docFreq = i < 3000 ? i + 1 : 1 + random.nextInt((int) docCount);
            input.add(docFreq + " " + docCount);
            expected.add((float) StrictMath.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D)));
        }
        List<String> out = node(
                "const fs=require('fs');const g=require(process.argv[2]);"
                        + "console.log(fs.readFileSync(process.argv[1],'utf8').split('\\n').map(l=>{const p=l.split(' ');"
                        + "return g.idf(+p[0],+p[1]);}).join('\\n'));",
                input);
        for (int i = 0; i < input.size(); i++) {
            assertEquals(
                    Float.floatToIntBits(expected.get(i)),
                    Float.floatToIntBits(Float.parseFloat(out.get(i))),
                    "idf(" + input.get(i) + ")");
        }
        assertEquals(
                expected.get(41),
                similarity
                        .idfExplain(
                                new CollectionStatistics("f", 3001, 3001, 3001, 3001),
                                new TermStatistics(new BytesRef("t"), 42, 42))
                        .getValue()
                        .floatValue(),
                "the similarity uses this very formula");
    }

    @Test
    void normBytesDecodeToTheSameLengths() throws Exception {
        List<String> input = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            input.add(String.valueOf(b));
        }
        List<String> out = node(
                "const fs=require('fs');const g=require(process.argv[2]);"
                        + "console.log(fs.readFileSync(process.argv[1],'utf8').split('\\n').map(b=>g.byte4ToInt(+b)).join('\\n'));",
                input);
        for (int b = 0; b < 256; b++) {
            assertEquals(String.valueOf(SmallFloat.byte4ToInt((byte) b)), out.get(b), "norm byte " + b);
        }
    }
}
