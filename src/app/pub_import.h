// gongkai pub import DIR: a folder of documents (DOCX, PDF, …) with one CSV
// or XLSX file of their catalogue metadata, one row per publication, as
// exported from an older portal. Every row is checked (metadata, the file it
// names, the screen) and nothing is imported unless every row is good; each
// bad row is listed with its row number. Imported rows are published as
// they were: their 索引号 (kept when given) and 发布日期.
//
// Columns (header row, any order; * required): 文件, 信息名称*, 机关, 类别,
// 发布机构, 文号, 成文日期*, 发布日期*, 主题分类*, 第二十条事项, 索引号, 有效性,
// 废止日期, 内容概述, 主题词. 文件 names a file in DIR: it becomes the
// attachment and its text the body.
#pragma once

#include <cstdint>
#include <string>

#include "service/actor.h"

namespace gongkai::app {

// Exit code: 0 imported, 1 refused (rows listed), 2 unreadable.
int RunPubImport(const std::string& db_flag, const std::string& files_flag,
                 const std::string& dir, int64_t default_agency,
                 const std::string& override_reason, const service::Actor& actor);

}  // namespace gongkai::app
