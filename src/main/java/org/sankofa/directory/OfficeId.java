package org.sankofa.directory;

public record OfficeId(long value) {
}
