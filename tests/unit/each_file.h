/* each_file.h -- shared by the fixture-directory tests (test_golden.c,
 * test_qa.c): call a function for every file of a directory whose name
 * ends in a suffix, in directory order. Test code only. */
#ifndef BL_TEST_EACH_FILE_H
#define BL_TEST_EACH_FILE_H

#include <dirent.h>
#include <string.h>

/* Calls fn with each name in dir that ends in suffix, the suffix cut off;
 * returns how many, or -1 when dir cannot be read. */
static int each_file(const char *dir, const char *suffix, void (*fn)(const char *name))
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t ls = strlen(suffix);
    int n = 0;

    if (!d)
        return -1;
    while ((e = readdir(d))) {
        size_t k = strlen(e->d_name);
        char name[256];
        if (k <= ls || k >= sizeof name || strcmp(e->d_name + k - ls, suffix) != 0)
            continue;
        memcpy(name, e->d_name, k - ls);
        name[k - ls] = '\0';
        fn(name);
        n++;
    }
    closedir(d);
    return n;
}

#endif
