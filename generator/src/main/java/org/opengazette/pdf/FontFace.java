package org.opengazette.pdf;

/**
 * The two faces of Noto Sans SC (SIL Open Font License 1.1) that PDFs embed, as TrueType files
 * (glyf outlines) on the classpath, delivered by Maven in {@code com.helger.font:ph-fonts-noto-sans-sc}.
 */
public enum FontFace {
    REGULAR("NotoSansSC-Regular.ttf", 400),
    BOLD("NotoSansSC-Bold.ttf", 700);

    /** The family name the print stylesheet uses. */
    public static final String FAMILY = "Noto Sans SC";
    /** The classpath folder of the font files. */
    public static final String FOLDER = "fonts/ttf/NotoSansSC/";
    /** The font license, shipped next to the font files. */
    public static final String LICENSE = FOLDER + "OFL.txt";

    private final String fileName;
    private final int weight;

    FontFace(String fileName, int weight) {
        this.fileName = fileName;
        this.weight = weight;
    }

    /** The classpath resource of the TrueType file. */
    public String resource() {
        return FOLDER + fileName;
    }

    /** The CSS font weight this face answers. */
    public int weight() {
        return weight;
    }
}
