package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
    private static final String PAGE = "<html><head><meta charset=\"%s\"></head><body><p>%s</p></body></html>";

    @Test
    void theMetaCharsetDecidesWhenTheBytesAgree() throws InputException {
        byte[] bytes = PAGE.formatted("windows-1251", "Привет").getBytes(Charset.forName("windows-1251"));
        TextDecoder.Decoded d = HtmlCharset.decode(bytes, null);
        assertThat(d.text()).contains("Привет");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void utf8BytesUnderALegacyDeclarationAreReadAsUtf8WithAWarning() throws InputException {
        TextDecoder.Decoded d = HtmlCharset.decode(PAGE.formatted("iso-8859-1", "Bakı şəhəri").getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).contains("Bakı şəhəri");
        assertThat(d.warnings()).singleElement().asString().contains("but its bytes are UTF-8");
    }

    @Test
    void aFalseUtf8DeclarationFallsBackToWindows1252() throws InputException {
        byte[] bytes = PAGE.formatted("utf-8", "café – naïve").getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = HtmlCharset.decode(bytes, null);
        assertThat(d.text()).contains("café – naïve");
        assertThat(d.warnings()).singleElement().asString().contains("declares UTF-8 but its bytes are not");
    }

    @Test
    void theTransportCharsetOutranksTheMeta() throws InputException {
        byte[] bytes = PAGE.formatted("utf-8", "Привет").getBytes(Charset.forName("KOI8-R"));
        assertThat(HtmlCharset.decode(bytes, "KOI8-R").text()).contains("Привет");
    }

    @Test
    void binaryAndEmptyAreRefused() {
        assertThatThrownBy(() -> HtmlCharset.decode(new byte[0], null)).hasMessage("empty input");
        assertThatThrownBy(() -> HtmlCharset.decode(new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1}, null))
            .hasMessageContaining("binary data");
    }
}
