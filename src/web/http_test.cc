#include "web/http.h"

#include <gtest/gtest.h>

namespace gongkai::web {
namespace {

TEST(ClientAddress, ThePeerUnlessItIsATrustedProxy) {
  Headers h;
  h.Add("X-Forwarded-For", "203.0.113.7");
  EXPECT_EQ(ClientAddress("198.51.100.1", h, {}), "198.51.100.1");
  EXPECT_EQ(ClientAddress("198.51.100.1", h, {"127.0.0.1"}), "198.51.100.1");  // not the proxy
  EXPECT_EQ(ClientAddress("127.0.0.1", h, {"127.0.0.1"}), "203.0.113.7");
}

TEST(ClientAddress, TheNearestHopNotTrustedWinsOverWhatTheClientWrote) {
  Headers h;
  h.Add("X-Forwarded-For", "6.6.6.6, 203.0.113.7");  // the visitor forged the first hop
  h.Add("x-forwarded-for", " 10.0.0.2 ");             // a second proxy of ours
  EXPECT_EQ(ClientAddress("127.0.0.1", h, {"127.0.0.1", "10.0.0.2"}), "203.0.113.7");
  Headers none;
  EXPECT_EQ(ClientAddress("127.0.0.1", none, {"127.0.0.1"}), "127.0.0.1");
}

}  // namespace
}  // namespace gongkai::web
