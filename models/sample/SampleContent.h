// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <functional>

namespace ne {

class SqliteStore;

/// Fills a new workspace with realistic content so a newcomer sees the app working:
/// generated photos (JPEG and PNG, many sizes), articles, news issues and videos with
/// English and Chinese titles. Blocking: run it on a worker thread.
class SampleContent
{
public:
    struct Counts
    {
        int images = 200;
        int articles = 5000;
        int news = 500;
        int videos = 300;
    };
    /// progress(done, total) returns false to stop early.
    using Progress = std::function<bool(int, int)>;

    static void generate(SqliteStore &store, const Counts &counts, const Progress &progress = {});
};

} // namespace ne
