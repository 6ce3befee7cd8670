// SPDX-License-Identifier: MIT
// libFuzzer target for PromTextReader: no input may crash it, hang it or trip ASan/UBSan,
// and whatever it accepts must survive a round trip through PromTextWriter.
#include "metrics/PromTextReader.h"
#include "metrics/PromTextWriter.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ne::PromTextReader::Limits limits;
    limits.maxBytes = 1 << 20;
    limits.maxSamples = 100000;
    const ne::PromTextReader reader(limits);
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const ne::ParseResult result = reader.parse(input);
    if (!result.ok()) {
        // Every rejection must say what is wrong; a line number past the input is a bug.
        if (result.error->message.isEmpty() || result.error->line > int(size) + 1)
            std::abort();
        return 0;
    }
    const QByteArray rendered = ne::PromTextWriter::write(result.families);
    const ne::ParseResult again = reader.parse(rendered);
    if (!again.ok()) {
        std::fprintf(stderr, "round trip failed: %s\n--\n%s\n", qPrintable(again.error->toString()),
                     rendered.constData());
        std::abort();
    }
    return 0;
}
