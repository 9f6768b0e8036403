package org.opengazette.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a rendered PDF's bytes a function of its inputs. openhtmltopdf stamps the creation date
 * with the clock (in the information dictionary and in the XMP), and PDFBox derives the
 * trailer's {@code /ID} from the clock. This replaces both dates with the document's own date
 * (midnight UTC; none at all when the document is undated) and sets {@code /ID} from the cache key.
 */
final class FixedIdentity {
    private FixedIdentity() {}

    static void apply(PDDocument pdf, LocalDate date, String key) throws IOException {
        Calendar calendar = date == null ? null : calendar(date);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            metadata.importXMPMetadata(fixXmp(metadata, calendar));
        }
        byte[] id = Arrays.copyOf(HexFormat.of().parseHex(key), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] fixXmp(PDMetadata metadata, Calendar calendar) throws IOException {
        try (InputStream in = metadata.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic != null) {
                for (String name : new String[] {"CreateDate", "ModifyDate"}) {
                    if (basic.getProperty(name) != null) {
                        basic.removeProperty(basic.getProperty(name));
                    }
                }
                if (calendar != null) {
                    basic.setCreateDate(calendar);
                    basic.setModifyDate(calendar);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            // As openhtmltopdf does: some transformers write lang= where XMP needs xml:lang=.
            return out.toString(StandardCharsets.UTF_8)
                    .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot rewrite the XMP metadata: " + e.getMessage(), e);
        }
    }

    private static Calendar calendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        return calendar;
    }
}
