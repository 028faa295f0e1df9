#include "cli.h"
#include <stdio.h>
bool
cli_pdf_text(const char *data, size_t len, cli_buf *out, char *err, size_t errlen)
{
	(void) data; (void) len; (void) out;
	snprintf(err, errlen, "PDF not yet");
	return false;
}
