// How an application reached the agency; decides 收到申请之日 (条例第三十一条).
#pragma once

namespace gongkai::law {

enum class Channel {
  kInPerson,        // 当面提交 (incl. an oral application written down by staff, 第二十九条)
  kRegisteredPost,  // 邮寄, signed for (挂号/EMS…): the day the agency signs for it
  kOrdinaryPost,    // 平常信函: the day the agency confirms with the applicant
  kOnline,          // 互联网渠道 (platform, e-mail): the day both sides confirm
  kFax,             // the agency's 传真: the day both sides confirm
};

// Stable lower-case names for storage and the CLI ("in_person", "registered_post", …).
const char* ChannelName(Channel c);
// Chinese labels for people (当面提交, 邮寄（挂号）, 平常信函, 互联网, 传真).
const char* ChannelLabel(Channel c);
bool ParseChannel(const char* name, Channel& out);

}  // namespace gongkai::law
