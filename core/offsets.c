/* offsets.c -- byte offset to code point / UTF-16 unit conversion.
 * A checkpoint every BL_OFFSET_STRIDE bytes records how many characters and
 * UTF-16 units start before it; a lookup adds a scan of under 64 bytes. A
 * character is counted where its lead (non-continuation) byte is. */
#include "bl_int.h"

#include <stdlib.h>
#include <string.h>

/* Count the characters and UTF-16 units that start in the eight bytes x: a
 * byte 10xxxxxx continues a character, one 11110xxx (or above) starts a
 * pair of units. */
static inline void count_units8(uint64_t x, uint32_t *cp, uint32_t *u16)
{
    uint64_t cont, four;
    unsigned nc;
    if (!(x & BL_HIGH8)) { /* eight ASCII bytes */
        *cp += 8;
        *u16 += 8;
        return;
    }
    cont = x & ~(x << 1) & BL_HIGH8;
    four = x & (x << 1) & (x << 2) & (x << 3) & BL_HIGH8;
    nc = 8 - bl_count8(cont);
    *cp += nc;
    *u16 += nc + bl_count8(four);
}

/* Build the checkpoints for text[0..len) (text borrowed, must outlive o).
 * o->cp and o->u16 are malloc'd; release with bl_offsets_free. Returns
 * BL_OK, BL_ERR_NOMEM or BL_ERR_LIMIT (text over 4 GiB). On failure o is
 * left empty and bl_offsets_free on it is still safe. */
int bl_offsets_init(struct bl_offsets *o, const char *text, size_t len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t k, i, n;
    uint32_t cp = 0, u16 = 0;

    o->text = s;
    o->len = len;
    o->cp = NULL;
    o->u16 = NULL;
    o->nchecks = 0;
    if (len > UINT32_MAX / 2)
        return BL_ERR_LIMIT;
    n = len / BL_OFFSET_STRIDE + 1;
    o->cp = malloc(n * sizeof *o->cp);
    o->u16 = malloc(n * sizeof *o->u16);
    if (!o->cp || !o->u16) {
        bl_offsets_free(o);
        return BL_ERR_NOMEM;
    }
    i = 0;
    for (k = 0; k < n; k++) {
        size_t stop = k * BL_OFFSET_STRIDE;
        /* a whole stride of ASCII at once: as many characters and units */
        if (stop >= BL_OFFSET_STRIDE && i == stop - BL_OFFSET_STRIDE) {
            if (bl_all_ascii(s + i, BL_OFFSET_STRIDE)) {
                cp += BL_OFFSET_STRIDE;
                u16 += BL_OFFSET_STRIDE;
                i = stop;
            }
        }
        /* whole strides (every checkpoint but the first): 8 bytes at a time,
         * an all-ASCII word being 8 characters and 8 units */
        for (; i + 8 <= stop; i += 8) {
            uint64_t x;
            memcpy(&x, s + i, 8);
            count_units8(x, &cp, &u16);
        }
        for (; i < stop; i++) {
            unsigned c = s[i];
            if ((c & 0xC0) != 0x80) {
                cp++;
                u16 += c >= 0xF0 ? 2 : 1;
            }
        }
        o->cp[k] = cp;
        o->u16[k] = u16;
    }
    o->nchecks = n;
    return BL_OK;
}

/* See bl_int.h (bl_offsets_convert tries the one-unit stride first). */
size_t bl_offsets_scan(const struct bl_offsets *o, size_t byte_off, enum bl_unit unit)
{
    size_t b = byte_off, k, i;
    uint32_t cp, u16; /* under 2 GiB: bl_offsets_init refuses more */

    if (b > o->len)
        b = o->len;
    if (b < o->len)
        b = bl_utf8_char_start(o->text, b);
    if (unit == BL_UNIT_UTF8 || o->nchecks == 0)
        return b;
    k = b / BL_OFFSET_STRIDE;
    cp = o->cp[k];
    u16 = o->u16[k];
    /* eight bytes at a time */
    for (i = k * BL_OFFSET_STRIDE; i + 8 <= b; i += 8) {
        uint64_t x;
        memcpy(&x, o->text + i, 8);
        count_units8(x, &cp, &u16);
    }
    for (; i < b; i++) {
        unsigned c = o->text[i];
        if ((c & 0xC0) != 0x80) {
            cp++;
            u16 += c >= 0xF0 ? 2 : 1;
        }
    }
    return unit == BL_UNIT_UTF16 ? u16 : cp;
}

/* Free the checkpoints (not the text). Safe on a zeroed or freed o. */
void bl_offsets_free(struct bl_offsets *o)
{
    if (!o)
        return;
    free(o->cp);
    free(o->u16);
    o->cp = NULL;
    o->u16 = NULL;
    o->nchecks = 0;
}
