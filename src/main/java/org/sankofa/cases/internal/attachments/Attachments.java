package org.sankofa.cases.internal.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.CaseGuard;
import org.sankofa.cases.internal.CaseScope;
import org.sankofa.cases.internal.StaffNames;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments: PDF, JPEG or PNG files of at most 5 MB, recognised by their first bytes (the declared type alone is not
 * trusted), stored encrypted with their file name. Only those who may change the case download them (never partners),
 * and every download is audited.
 */
@NamedInterface("foundation")
@Component
public class Attachments {

    /** The part of the case these records are, as the audit names a view of them ({@code via=attachments}). */
    public static final String PART = "attachments";

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String CONTENT = "case_attachment.content";
    static final String FILE_NAME = "case_attachment.file_name";

    public record Attachment(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
            OffsetDateTime uploadedAt) {
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess cases;
    private final CaseGuard guard;
    private final FieldCipher cipher;
    private final AuditLog audit;
    private final StaffNames staff;

    Attachments(JdbcClient jdbc, CaseAccess cases, CaseGuard guard, FieldCipher cipher, AuditLog audit,
            StaffNames staff) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.guard = guard;
        this.cipher = cipher;
        this.audit = audit;
        this.staff = staff;
    }

    /** The content type the bytes really are (PDF, JPEG or PNG), or null. */
    static String detect(byte[] bytes) {
        if (startsWith(bytes, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Transactional
    public List<Attachment> list(CurrentUser user, CaseId caseId) {
        CaseFacts facts = cases.readable(user, caseId, PART);
        return named(jdbc.sql("""
                select a.id, a.file_name, a.content_type, a.size_bytes, a.uploaded_by, a.uploaded_at
                  from case_attachment a
                 where a.case_id = ? and a.uploaded_at <= ? order by a.uploaded_at desc, a.id desc""")
                .params(caseId.value(), facts.seenUntil()).query(this::row).list());
    }

    @Transactional
    public long upload(CurrentUser user, CaseId caseId, String fileName, String declaredType, byte[] content) {
        cases.editable(user, caseId);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]+", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (content == null || content.length == 0) {
            errors.put("file", "care.attachment.empty");
        } else if (content.length > MAX_BYTES) {
            errors.put("file", "care.attachment.too-large");
        } else {
            String detected = detect(content);
            String declared = declaredType == null ? "" : declaredType.toLowerCase(java.util.Locale.ROOT).strip();
            if (declared.equals("image/jpg") || declared.equals("image/pjpeg")) {
                declared = "image/jpeg";
            }
            boolean declaredAcceptable = declared.isEmpty() || declared.equals("application/octet-stream")
                    || declared.equals(detected);
            if (detected == null || !declaredAcceptable) {
                errors.put("file", "care.attachment.type");
            }
        }
        if (name.isEmpty()) {
            name = "attachment";
        } else if (name.length() > 200) {
            errors.put("file", "care.attachment.name-too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = jdbc.sql("""
                insert into case_attachment (case_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId.value(), cipher.encrypt(name, FILE_NAME), detect(content), content.length,
                        cipher.encrypt(content, CONTENT), user.id())
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "ATTACHMENT_UPLOADED", "case", caseId, "attachment=" + id));
        return id;
    }

    /** The case's photos (JPEG and PNG attachments), newest first, without access check: callers have checked it. */
    public List<Attachment> images(CaseId caseId) {
        return named(jdbc.sql("""
                select a.id, a.file_name, a.content_type, a.size_bytes, a.uploaded_by, a.uploaded_at
                  from case_attachment a
                 where a.case_id = ? and a.content_type in ('image/jpeg', 'image/png')
                 order by a.uploaded_at desc, a.id desc""")
                .param(caseId.value()).query(this::row).list());
    }

    /** An image attachment of the case, decrypted, without access check or audit: callers check and audit. */
    public java.util.Optional<Download> image(CaseId caseId, long attachmentId) {
        return jdbc.sql("""
                select file_name, content_type, content from case_attachment
                 where id = ? and case_id = ? and content_type in ('image/jpeg', 'image/png')""")
                .params(attachmentId, caseId.value())
                .query((rs, n) -> new Download(cipher.decrypt(rs.getString(1), FILE_NAME), rs.getString(2),
                        cipher.decrypt(rs.getBytes(3), CONTENT)))
                .optional();
    }

    /** An attachment as listed, before the name of who uploaded it is known. */
    private record Row(Attachment attachment, Long uploadedBy) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new Attachment(rs.getLong("id"), cipher.decrypt(rs.getString("file_name"), FILE_NAME),
                rs.getString("content_type"), rs.getInt("size_bytes"), null,
                rs.getObject("uploaded_at", OffsetDateTime.class)), (Long) rs.getObject("uploaded_by"));
    }

    /** The attachments with the names of who uploaded them (one lookup for the list). */
    private List<Attachment> named(List<Row> rows) {
        return staff.named(rows, Row::uploadedBy, (row, name) -> {
            Attachment a = row.attachment();
            return new Attachment(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), name, a.uploadedAt());
        });
    }

    /** The file, if it belongs to this case and the person may work on the case; audited. */
    @Transactional
    public Download download(CurrentUser user, CaseId caseId, long attachmentId) {
        CaseGuard.Passed passed = guard.check(user, caseId, CaseGuard.Need.READ);
        CaseScope scope = passed.scope();
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("caseId", caseId.value());
        parameters.put("id", attachmentId);
        parameters.put("seenUntil", passed.facts().seenUntil());
        Download download = jdbc.sql("select a.file_name, a.content_type, a.content from case_attachment a"
                        + " join case_file c on c.id = a.case_id"
                        + " where a.id = :id and a.case_id = :caseId and a.uploaded_at <= :seenUntil and "
                        + scope.predicate("c"))
                .params(parameters)
                .query((rs, n) -> new Download(cipher.decrypt(rs.getString(1), FILE_NAME), rs.getString(2),
                        cipher.decrypt(rs.getBytes(3), CONTENT)))
                .optional().orElseThrow(() -> new NotFoundException("attachment"));
        audit.record(AuditEvent.of(user.getUsername(), "ATTACHMENT_DOWNLOADED", "case", caseId,
                "attachment=" + attachmentId));
        return download;
    }
}
