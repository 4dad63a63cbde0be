package org.sankofa.cases.internal.protection;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The encrypted columns a part of the case module owns. Every bean of this type is picked up by {@link KeyRotation}:
 * whoever adds an encrypted column registers it here, or rotation will leave it under the old key.
 */
@NamedInterface("foundation")
public interface EncryptedColumns {

    List<EncryptedColumn> columns();
}
