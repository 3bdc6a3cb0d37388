#include "web/gzip.h"

#include <gtest/gtest.h>
#include <zlib.h>

namespace gongkai::web {
namespace {

std::string Gunzip(const std::string& packed) {
  z_stream z{};
  inflateInit2(&z, 15 + 16);
  std::string out(1 << 20, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
  z.avail_in = static_cast<uInt>(packed.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  inflate(&z, Z_FINISH);
  out.resize(out.size() - z.avail_out);
  inflateEnd(&z);
  return out;
}

TEST(Gzip, AcceptEncoding) {
  EXPECT_TRUE(AcceptsGzip("gzip, deflate, br"));
  EXPECT_TRUE(AcceptsGzip("br;q=1.0, GZIP;q=0.5"));
  EXPECT_TRUE(AcceptsGzip("*"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0"));
  EXPECT_FALSE(AcceptsGzip("gzip;q=0.000, deflate"));
  EXPECT_FALSE(AcceptsGzip("identity"));
  EXPECT_FALSE(AcceptsGzip(""));
  EXPECT_FALSE(AcceptsGzip("xgzip"));
}

TEST(Gzip, TextIsCompressedOnlyWhenAcceptedAndWorthIt) {
  Request req;
  req.headers.Add("Accept-Encoding", "gzip");
  std::string page;
  for (int i = 0; i < 200; ++i) page += "<p>政府信息公开</p>";
  Response html = Response::Html(200, page);
  MaybeGzip(req, html);
  EXPECT_EQ(html.headers.Get("Content-Encoding").value_or(""), "gzip");
  EXPECT_EQ(html.headers.Get("Vary").value_or(""), "Accept-Encoding");
  EXPECT_EQ(Gunzip(html.body), page);

  Response small = Response::Html(200, "<p>短</p>");
  MaybeGzip(req, small);
  EXPECT_FALSE(small.headers.Get("Content-Encoding"));
  Response pdf = Response::Text(200, std::string(4096, 'x'), "application/pdf");
  MaybeGzip(req, pdf);
  EXPECT_FALSE(pdf.headers.Get("Content-Encoding"));
  Request plain;
  Response not_asked = Response::Html(200, page);
  MaybeGzip(plain, not_asked);
  EXPECT_FALSE(not_asked.headers.Get("Content-Encoding"));
  EXPECT_EQ(not_asked.headers.Get("Vary").value_or(""), "Accept-Encoding");
  EXPECT_EQ(not_asked.body, page);
}

}  // namespace
}  // namespace gongkai::web
