/* utf8.c -- strict UTF-8 validation and the small decoder the tokenizer
 * uses. Validation follows RFC 3629 table 3-7: no overlongs, no surrogates,
 * nothing above U+10FFFF, no truncated sequences. ASCII runs are skipped
 * eight bytes at a time. */
#include "bl_int.h"

#include <string.h>

/* Length of the well-formed sequence at s[i..len), or 0 when it is not one. */
static size_t seq_len(const unsigned char *s, size_t len, size_t i)
{
    unsigned c = s[i];
    size_t avail = len - i;
    unsigned lo = 0x80, hi = 0xBF;

    if (c < 0x80)
        return 1;
    if (c < 0xC2 || c > 0xF4)
        return 0; /* continuation byte, overlong lead C0/C1, or > U+10FFFF */
    if (c < 0xE0) {
        if (avail < 2 || (s[i + 1] & 0xC0) != 0x80)
            return 0;
        return 2;
    }
    if (c < 0xF0) {
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
        if (avail < 2 || s[i + 1] < lo || s[i + 1] > hi)
            return 0;
        if (avail < 3 || (s[i + 2] & 0xC0) != 0x80)
            return 0;
        return 3;
    }
    if (c == 0xF0)
        lo = 0x90; /* overlong */
    else if (c == 0xF4)
        hi = 0x8F; /* above U+10FFFF */
    if (avail < 2 || s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    if (avail < 3 || (s[i + 2] & 0xC0) != 0x80)
        return 0;
    if (avail < 4 || (s[i + 3] & 0xC0) != 0x80)
        return 0;
    return 4;
}

/* Validate s[0..len). Pure function of its arguments; thread-safe. On
 * BL_ERR_UTF8, *bad (when not NULL) is the offset of the first byte of the
 * first ill-formed sequence. */
int bl_utf8_validate(const char *str, size_t len, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;

    if (!s && len)
        return BL_ERR_ARG;
    while (i < len) {
        size_t k;
        if (s[i] < 0x80) {
            while (i + 32 <= len && bl_all_ascii(s + i, 32))
                i += 32;
            while (i + 8 <= len && bl_all_ascii(s + i, 8))
                i += 8;
            while (i < len && s[i] < 0x80)
                i++;
            continue;
        }
        k = seq_len(s, len, i);
        if (k == 0) {
            if (bad)
                *bad = i;
            return BL_ERR_UTF8;
        }
        i += k;
    }
    if (bad)
        *bad = BL_NONE;
    return BL_OK;
}

/* Decode the code point at s[i] (i < len). Thread-safe, no allocation.
 * An ill-formed sequence decodes as U+FFFD with *clen 1, so callers can walk
 * any bytes without looping forever. */
int32_t bl_utf8_decode(const unsigned char *s, size_t len, size_t i, size_t *clen)
{
    size_t k = seq_len(s, len, i);
    int32_t c;

    *clen = k ? k : 1;
    switch (k) {
    case 1:
        return s[i];
    case 2:
        return ((int32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
    case 3:
        c = ((int32_t)(s[i] & 0x0F) << 12) | ((int32_t)(s[i + 1] & 0x3F) << 6);
        return c | (s[i + 2] & 0x3F);
    case 4:
        c = ((int32_t)(s[i] & 0x07) << 18) | ((int32_t)(s[i + 1] & 0x3F) << 12);
        return c | ((int32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    default:
        return 0xFFFD;
    }
}

/* Start of the code point that contains byte i: steps back over at most
 * three continuation bytes. Thread-safe. */
size_t bl_utf8_char_start(const unsigned char *s, size_t i)
{
    size_t k = 0;
    while (i > 0 && k < 3 && (s[i] & 0xC0) == 0x80) {
        i--;
        k++;
    }
    return i;
}
