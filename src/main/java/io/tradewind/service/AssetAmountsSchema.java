package io.tradewind.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Amounts by asset ({@code {"USD": "1000"}}) as the OpenAPI document describes them. Documentation
 * only: described from a {@code Map<String, BigDecimal>} the document typed its values as numbers,
 * though every amount is sent as an exact decimal string.
 */
@Schema(name = "AssetAmounts", type = SchemaType.OBJECT, additionalProperties = BigDecimal.class,
        description = "asset to amount, each an exact decimal as a string", example = "{\"USD\": \"1000\"}")
final class AssetAmountsSchema {

    private AssetAmountsSchema() {
    }
}
