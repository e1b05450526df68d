// The URL/macro checker: a callback (URL, raw request or curl command) read and checked, and matched
// against itself as a template.
#include "analysis/checker.h"
#include "analysis/templatematch.h"
#include "fuzzmain.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    pbw::fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const pbw::Callback callback = pbw::readCallback(text);
    pbw::checkCallback(callback);
    pbw::matchTemplate(callback, callback);
    return 0;
}
