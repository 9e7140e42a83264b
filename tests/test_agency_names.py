"""Agency names as real plans write them, at every level, resolved by the registry's rules.

The names are not from the seed plans: they are how provinces, cities, autonomous prefectures,
leagues, banners, counties, districts and development zones elsewhere write their bodies
(full and abbreviated, historical names from before the 2018 reform, merged bureaus,
traditional characters, collectives). Each row: the plan's jurisdiction | the mention as
written | the canonical agency id (``*``: not asserted) | its functions | its kind. The
registry lists provinces and prefecture-level places only: ids of the counties, districts,
banners and zones come from the plan's place and the level prefix alone.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from respgraph.records import PlanMeta
from respgraph.registry import load_registry
from respgraph.resolve import plan_chain, plan_jurisdiction, resolve_mention

NAMES = """
绵阳市|市发展改革委|绵阳市/发展和改革委员会|发展改革|agency
绵阳市|发改委|绵阳市/发展和改革委员会|发展改革|agency
绵阳市|市发展和改革委员会|绵阳市/发展和改革委员会|发展改革|agency
三台县|县发改局|三台县/发展和改革局|发展改革|agency
三台县|县发展和改革局|三台县/发展和改革局|发展改革|agency
绵阳市|市经信局|绵阳市/经济和信息化局|工业和信息化|agency
绵阳市|市经济和信息化局|绵阳市/经济和信息化局|工业和信息化|agency
绵阳市|市工信局|绵阳市/工业和信息化局|工业和信息化|agency
绵阳市|市工业和信息化局|绵阳市/工业和信息化局|工业和信息化|agency
绵阳市|市科技局|绵阳市/科学技术局|科技|agency
绵阳市|市科学技术局|绵阳市/科学技术局|科技|agency
绵阳市|市公安局|绵阳市/公安局|公安|agency
绵阳市|市公安局交警支队|绵阳市/交通警察支队|公安|agency
绵阳市|市公安局交通警察支队|绵阳市/交通警察支队|公安|agency
绵阳市|市交警支队|绵阳市/交通警察支队|公安|agency
绵阳市|市民政局|绵阳市/民政局|民政|agency
绵阳市|市司法局|绵阳市/司法局|司法|agency
绵阳市|市财政局|绵阳市/财政局|财政|agency
绵阳市|市人社局|绵阳市/人力资源和社会保障局|人力社保|agency
绵阳市|市人力资源社会保障局|绵阳市/人力资源和社会保障局|人力社保|agency
绵阳市|市人力资源和社会保障局|绵阳市/人力资源和社会保障局|人力社保|agency
绵阳市|市自然资源和规划局|绵阳市/自然资源和规划局|自然资源|agency
绵阳市|市自然资源局|绵阳市/自然资源局|自然资源|agency
绵阳市|市规划和自然资源局|绵阳市/规划和自然资源局|自然资源|agency
绵阳市|市生态环境局|绵阳市/生态环境局|生态环境|agency
涪城区|市生态环境局涪城分局|涪城区/生态环境分局|生态环境|agency
绵阳市|市生态环境局三台分局|*|生态环境|agency
绵阳市|市住建局|绵阳市/住房和城乡建设局|住房城乡建设|agency
绵阳市|市住房城乡建设局|绵阳市/住房和城乡建设局|住房城乡建设|agency
绵阳市|市住房和城乡建设局|绵阳市/住房和城乡建设局|住房城乡建设|agency
绵阳市|市住房城乡建设委|绵阳市/住房和城乡建设委员会|住房城乡建设|agency
绵阳市|市城管局|绵阳市/城市管理局|城市管理|agency
绵阳市|市城市管理局|绵阳市/城市管理局|城市管理|agency
绵阳市|市城市管理综合执法局|绵阳市/城市管理综合行政执法局|城市管理|agency
绵阳市|市综合执法局|绵阳市/综合行政执法局|城市管理|agency
绵阳市|市综合行政执法局|绵阳市/综合行政执法局|城市管理|agency
绵阳市|市城管执法局|绵阳市/城市管理行政执法局|城市管理|agency
绵阳市|市交通运输局|绵阳市/交通运输局|交通运输|agency
绵阳市|市交通局|绵阳市/交通局|交通运输|agency
绵阳市|市水利局|绵阳市/水利局|水利|agency
绵阳市|市水务局|绵阳市/水务局|水利|agency
绵阳市|市农业农村局|绵阳市/农业农村局|农业农村|agency
绵阳市|市农业局|绵阳市/农业局|农业农村|agency
绵阳市|市商务局|绵阳市/商务局|商务|agency
绵阳市|市商务和经济合作局|绵阳市/商务和经济合作局|商务|agency
绵阳市|市文广旅局|绵阳市/文化广电旅游局|文化和旅游|agency
绵阳市|市文化广电旅游局|绵阳市/文化广电旅游局|文化和旅游|agency
绵阳市|市文化广电和旅游局|绵阳市/文化广电旅游局|文化和旅游|agency
绵阳市|市文旅局|绵阳市/文化和旅游局|文化和旅游|agency
绵阳市|市文化和旅游局|绵阳市/文化和旅游局|文化和旅游|agency
绵阳市|市卫健委|绵阳市/卫生健康委员会|卫生健康|agency
绵阳市|市卫生健康委|绵阳市/卫生健康委员会|卫生健康|agency
绵阳市|市卫生健康委员会|绵阳市/卫生健康委员会|卫生健康|agency
绵阳市|市卫生健康局|绵阳市/卫生健康局|卫生健康|agency
绵阳市|市应急局|绵阳市/应急管理局|应急管理|agency
绵阳市|市应急管理局|绵阳市/应急管理局|应急管理|agency
绵阳市|市国资委|绵阳市/国有资产监督管理委员会|国资|agency
绵阳市|市政府国资委|绵阳市/人民政府国有资产监督管理委员会|国资|agency
绵阳市|市市场监管局|绵阳市/市场监督管理局|市场监管|agency
绵阳市|市市场监督管理局|绵阳市/市场监督管理局|市场监管|agency
绵阳市|市统计局|绵阳市/统计局|统计|agency
绵阳市|国家统计局绵阳调查队|绵阳市/调查队|统计|agency
绵阳市|市医保局|绵阳市/医疗保障局|卫生健康|agency
绵阳市|市医疗保障局|绵阳市/医疗保障局|卫生健康|agency
绵阳市|市林业局|绵阳市/林业局|林业|agency
绵阳市|市林业和草原局|绵阳市/林业和草原局|林业|agency
绵阳市|国网绵阳供电公司|绵阳市/供电公司|能源|enterprise
绵阳市|国网四川省电力公司绵阳供电公司|绵阳市/供电公司|能源|enterprise
绵阳市|绵阳海关|绵阳市/海关|海关|agency
绵阳市|成都海关|成都市/海关|海关|agency
绵阳市|市气象局|绵阳市/气象局|气象|agency
绵阳市|市税务局|绵阳市/税务局|税务|agency
绵阳市|国家税务总局绵阳市税务局|绵阳市/税务局|税务|agency
绵阳市|市消防救援支队|绵阳市/消防救援支队|应急管理|agency
三台县|县消防救援大队|三台县/消防救援大队|应急管理|agency
绵阳市|团市委|绵阳市/团委|群团|other
三台县|团县委|三台县/团委|群团|other
绵阳市|市妇联|绵阳市/妇联|群团|other
绵阳市|市总工会|绵阳市/总工会|群团|other
绵阳市|市科协|绵阳市/科协|群团|other
绵阳市|市委宣传部|绵阳市/委宣传部|党委,宣传|party
绵阳市|市委组织部|绵阳市/委组织部|党委|party
绵阳市|市委编办|绵阳市/委机构编制委员会办公室|党委|party
绵阳市|市委机构编制委员会办公室|绵阳市/委机构编制委员会办公室|党委|party
绵阳市|市委办公室|绵阳市/委办公室|党委|party
绵阳市|市委政法委|绵阳市/委政法委员会|党委,公安|party
绵阳市|市委网信办|绵阳市/委网络安全和信息化委员会办公室|党委,宣传|party
绵阳市|市纪委监委|绵阳市/纪委监委|纪检监察|party
绵阳市|市政府办公室|绵阳市/人民政府办公室|政府办公室|government
绵阳市|市政府办|绵阳市/人民政府办公室|政府办公室|government
绵阳市|市政府督查室|绵阳市/人民政府督查室|政府办公室|government
绵阳市|市委督查室|绵阳市/委督查室|党委,政府办公室|party
绵阳市|市人大常委会|绵阳市/人大常委会|人大|legislature
绵阳市|市人大|绵阳市/人大|人大|legislature
绵阳市|市政协|绵阳市/政协|政协|other
绵阳市|市中级人民法院|绵阳市/人民法院|法院|judiciary
绵阳市|市法院|绵阳市/人民法院|法院|judiciary
绵阳市|市检察院|绵阳市/人民检察院|检察院|judiciary
绵阳市|市人民检察院|绵阳市/人民检察院|检察院|judiciary
绵阳市|各县（市、区）人民政府|绵阳市/各县（市、区）人民政府|下级政府|collective
绵阳市|各县市区人民政府|绵阳市/各县市区人民政府|下级政府|collective
绵阳市|各区县政府|绵阳市/各区县政府|下级政府|collective
绵阳市|各区县人民政府|绵阳市/各区县人民政府|下级政府|collective
绵阳市|各县（区）人民政府|绵阳市/各县（区）人民政府|下级政府|collective
三台县|各乡镇人民政府、街道办事处|三台县/各乡镇人民政府、街道办事处|乡镇街道|collective
三台县|各乡镇人民政府|三台县/各乡镇人民政府|乡镇街道|collective
三台县|各乡镇（街道）|三台县/各乡镇（街道）|乡镇街道|collective
三台县|各镇（乡）人民政府|三台县/各镇（乡）人民政府|乡镇街道|collective
绵阳市|各园区管委会|绵阳市/各园区管委会|园区|collective
绵阳市|各开发区管委会|绵阳市/各开发区管委会|园区|collective
绵阳市|绵阳高新区管委会|绵阳高新区/管委会|园区|government
绵阳市|市级有关部门|绵阳市/市级有关部门||collective
绵阳市|市级各有关部门|绵阳市/市级各有关部门||collective
绵阳市|市直各有关单位|绵阳市/市直各有关单位||collective
绵阳市|各相关单位|绵阳市/各相关单位||collective
绵阳市|其他有关部门|绵阳市/其他有关部门||collective
绵阳市|市环保局|绵阳市/环境保护局|生态环境|agency
绵阳市|市环境保护局|绵阳市/环境保护局|生态环境|agency
绵阳市|市国土资源局|绵阳市/国土资源局|自然资源|agency
绵阳市|市国土局|绵阳市/国土资源局|自然资源|agency
绵阳市|市工信委|绵阳市/工业和信息化委员会|工业和信息化|agency
绵阳市|市经信委|绵阳市/经济和信息化委员会|工业和信息化|agency
绵阳市|市安监局|绵阳市/安全生产监督管理局|应急管理|agency
绵阳市|市安全生产监督管理局|绵阳市/安全生产监督管理局|应急管理|agency
绵阳市|市食药监局|绵阳市/食品药品监督管理局|市场监管|agency
绵阳市|市食品药品监督管理局|绵阳市/食品药品监督管理局|市场监管|agency
绵阳市|市质监局|绵阳市/质量技术监督局|市场监管|agency
绵阳市|市质量技术监督局|绵阳市/质量技术监督局|市场监管|agency
绵阳市|市工商局|绵阳市/工商行政管理局|市场监管|agency
绵阳市|市工商行政管理局|绵阳市/工商行政管理局|市场监管|agency
绵阳市|市规划局|绵阳市/城乡规划局|自然资源|agency
绵阳市|市城乡规划局|绵阳市/城乡规划局|自然资源|agency
绵阳市|市海洋与渔业局|绵阳市/海洋与渔业局|海洋渔业|agency
绵阳市|市海洋渔业局|绵阳市/海洋渔业局|海洋渔业|agency
绵阳市|市畜牧局|绵阳市/畜牧局|农业农村|agency
绵阳市|市卫计委|绵阳市/卫生和计划生育委员会|卫生健康|agency
绵阳市|市卫生计生委|绵阳市/卫生和计划生育委员会|卫生健康|agency
绵阳市|市卫生和计划生育委员会|绵阳市/卫生和计划生育委员会|卫生健康|agency
绵阳市|市文广新局|绵阳市/文化广电新闻出版局|文化和旅游|agency
绵阳市|市旅游局|绵阳市/旅游局|文化和旅游|agency
绵阳市|市旅发委|绵阳市/旅游发展委员会|文化和旅游|agency
绵阳市|市扶贫办|绵阳市/扶贫开发办公室|乡村振兴|agency
绵阳市|市扶贫开发局|绵阳市/扶贫开发局|乡村振兴|agency
绵阳市|市粮食局|绵阳市/粮食局|粮食|agency
绵阳市|市物价局|绵阳市/物价局|发展改革|agency
绵阳市|市民宗局|绵阳市/民族宗教事务局|民族宗教|agency
绵阳市|市民族宗教事务局|绵阳市/民族宗教事务局|民族宗教|agency
绵阳市|市外事办|绵阳市/外事办公室|外事|agency
绵阳市|市侨办|绵阳市/侨务办公室|外事|agency
绵阳市|市台办|绵阳市/台湾事务办公室|外事|agency
绵阳市|市人防办|绵阳市/人民防空办公室|住房城乡建设|agency
绵阳市|市机关事务管理局|绵阳市/机关事务管理局|机关事务|agency
绵阳市|市大数据局|绵阳市/大数据局|数据|agency
绵阳市|市大数据中心|绵阳市/大数据中心|数据|agency
绵阳市|市行政审批局|绵阳市/行政审批局|审批服务|agency
绵阳市|市政务服务中心|绵阳市/政务服务中心|审批服务|agency
绵阳市|市政务服务和大数据管理局|绵阳市/政务服务和大数据管理局|审批服务,数据|agency
绵阳市|市公共资源交易中心|绵阳市/公共资源交易中心|审批服务|agency
绵阳市|市住房公积金管理中心|绵阳市/住房公积金管理中心|住房城乡建设|agency
绵阳市|市退役军人事务局|绵阳市/退役军人事务局|退役军人|agency
绵阳市|市信访局|绵阳市/信访局|信访|agency
绵阳市|市审计局|绵阳市/审计局|审计|agency
绵阳市|市教育局|绵阳市/教育局|教育|agency
绵阳市|市教育和体育局|绵阳市/教育体育局|教育,体育|agency
绵阳市|市体育局|绵阳市/体育局|体育|agency
绵阳市|市邮政管理局|绵阳市/邮政管理局|邮政|agency
绵阳市|市通信管理办|绵阳市/通信管理办|工业和信息化|agency
绵阳市|市供销社|绵阳市/供销社|供销|agency
绵阳市|市供销合作社|绵阳市/供销合作社|供销|agency
绵阳市|市乡村振兴局|绵阳市/乡村振兴局|乡村振兴|agency
绵阳市|市金融办|绵阳市/金融工作办公室|金融|agency
绵阳市|市地方金融监管局|绵阳市/地方金融监管局|金融|agency
绵阳市|人民银行绵阳市中心支行|绵阳市/人民银行|金融|agency
绵阳市|绵阳银保监分局|绵阳市/银保监分局|金融|agency
绵阳市|市残联|绵阳市/残联|群团|other
绵阳市|市红十字会|绵阳市/红十字会|群团|other
绵阳市|市融媒体中心|绵阳市/融媒体中心|宣传|agency
绵阳市|市广播电视台|绵阳市/广播电视台|宣传|agency
绵阳市|市文明办|绵阳市/委精神文明建设办公室|党委,宣传|party
绵阳市|市河长办|绵阳市/河长制办公室|河长制|agency
绵阳市|市林长办|绵阳市/林长制办公室|林业|agency
绵阳市|市农业农村和水利局|绵阳市/农业农村和水利局|农业农村,水利|agency
三台县|县农业农村和水利局|三台县/农业农村和水利局|农业农村,水利|agency
三台县|县自然资源和规划局|三台县/自然资源和规划局|自然资源|agency
三台县|县住房和城乡建设局|三台县/住房和城乡建设局|住房城乡建设|agency
三台县|县交通运输和城乡建设局|三台县/交通运输和城乡建设局|交通运输,住房城乡建设|agency
三台县|县文化广播电视和旅游局|三台县/文化广电旅游局|文化和旅游|agency
三台县|县文化体育和旅游局|三台县/文化体育和旅游局|文化和旅游,体育|agency
三台县|县经济科技和信息化局|三台县/经济科技和信息化局|科技,工业和信息化|agency
三台县|县商务经济合作和外事局|三台县/商务经济合作和外事局|商务,外事|agency
三台县|县应急管理局|三台县/应急管理局|应急管理|agency
三台县|县卫生健康局|三台县/卫生健康局|卫生健康|agency
三台县|县市场监督管理局|三台县/市场监督管理局|市场监管|agency
三台县|县统计局|三台县/统计局|统计|agency
三台县|县人民政府办公室|三台县/人民政府办公室|政府办公室|government
三台县|县政府办|三台县/人民政府办公室|政府办公室|government
三台县|县委办|三台县/委办公室|党委|party
三台县|县委宣传部|三台县/委宣传部|党委,宣传|party
三台县|县委组织部|三台县/委组织部|党委|party
三台县|县人大常委会|三台县/人大常委会|人大|legislature
三台县|县政协|三台县/政协|政协|other
三台县|县人民法院|三台县/人民法院|法院|judiciary
三台县|县人民检察院|三台县/人民检察院|检察院|judiciary
三台县|县公安局|三台县/公安局|公安|agency
三台县|县公安局交警大队|三台县/交通警察大队|公安|agency
三台县|县生态环境局|三台县/生态环境局|生态环境|agency
三台县|市生态环境局三台分局|三台县/生态环境分局|生态环境|agency
三台县|绵阳市三台生态环境局|三台县/生态环境局|生态环境|agency
三台县|县林业局|三台县/林业局|林业|agency
三台县|县水利局|三台县/水利局|水利|agency
三台县|县农业农村局|三台县/农业农村局|农业农村|agency
三台县|县经济和信息化局|三台县/经济和信息化局|工业和信息化|agency
三台县|县财政局|三台县/财政局|财政|agency
三台县|县税务局|三台县/税务局|税务|agency
三台县|县气象局|三台县/气象局|气象|agency
三台县|国网三台县供电公司|三台县/供电公司|能源|enterprise
三台县|县供电公司|三台县/供电公司|能源|enterprise
三台县|三台县供电公司|三台县/供电公司|能源|enterprise
三台县|县城管局|三台县/城市管理局|城市管理|agency
三台县|县综合行政执法局|三台县/综合行政执法局|城市管理|agency
三台县|各镇人民政府|三台县/各镇人民政府|乡镇街道|collective
三台县|各乡镇党委政府|三台县/各乡镇党委政府|乡镇街道|collective
三台县|县级各部门|三台县/县级各部门||collective
三台县|县直各部门|三台县/县直各部门||collective
四川省|省发展改革委|四川省/发展和改革委员会|发展改革|agency
四川省|省发展和改革委员会|四川省/发展和改革委员会|发展改革|agency
四川省|省经济和信息化厅|四川省/经济和信息化厅|工业和信息化|agency
四川省|省经信厅|四川省/经济和信息化厅|工业和信息化|agency
四川省|省教育厅|四川省/教育厅|教育|agency
四川省|省科技厅|四川省/科学技术厅|科技|agency
四川省|省公安厅|四川省/公安厅|公安|agency
四川省|省民政厅|四川省/民政厅|民政|agency
四川省|省司法厅|四川省/司法厅|司法|agency
四川省|省财政厅|四川省/财政厅|财政|agency
四川省|省人力资源社会保障厅|四川省/人力资源和社会保障厅|人力社保|agency
四川省|省自然资源厅|四川省/自然资源厅|自然资源|agency
四川省|省生态环境厅|四川省/生态环境厅|生态环境|agency
四川省|省住房城乡建设厅|四川省/住房和城乡建设厅|住房城乡建设|agency
四川省|省交通运输厅|四川省/交通运输厅|交通运输|agency
四川省|省水利厅|四川省/水利厅|水利|agency
四川省|省农业农村厅|四川省/农业农村厅|农业农村|agency
四川省|省商务厅|四川省/商务厅|商务|agency
四川省|省文化和旅游厅|四川省/文化和旅游厅|文化和旅游|agency
四川省|省卫生健康委|四川省/卫生健康委员会|卫生健康|agency
四川省|省应急厅|四川省/应急管理厅|应急管理|agency
四川省|省应急管理厅|四川省/应急管理厅|应急管理|agency
四川省|省国资委|四川省/国有资产监督管理委员会|国资|agency
四川省|省市场监管局|四川省/市场监督管理局|市场监管|agency
四川省|省统计局|四川省/统计局|统计|agency
四川省|省医保局|四川省/医疗保障局|卫生健康|agency
四川省|省林草局|四川省/林业和草原局|林业|agency
四川省|省林业和草原局|四川省/林业和草原局|林业|agency
四川省|省能源局|四川省/能源局|能源|agency
四川省|省粮食和储备局|四川省/粮食和储备局|粮食|agency
四川省|省地方金融监管局|四川省/地方金融监管局|金融|agency
四川省|省广电局|四川省/广播电视局|宣传|agency
四川省|省体育局|四川省/体育局|体育|agency
四川省|省气象局|四川省/气象局|气象|agency
四川省|省税务局|四川省/税务局|税务|agency
四川省|国家税务总局四川省税务局|四川省/税务局|税务|agency
四川省|国网四川省电力公司|四川省/电力公司|能源|enterprise
四川省|四川银保监局|四川省/银保监局|金融|agency
四川省|人民银行成都分行|成都市/人民银行|金融|agency
四川省|成都铁路局|成都市/铁路局|交通运输|agency
四川省|民航西南地区管理局|四川省/民航西南地区管理局|交通运输|agency
四川省|省通信管理局|四川省/通信管理局|工业和信息化|agency
四川省|省邮政管理局|四川省/邮政管理局|邮政|agency
四川省|省消防救援总队|四川省/消防救援总队|应急管理|agency
四川省|各市（州）人民政府|四川省/各市（州）人民政府|下级政府|collective
四川省|各市（州）、县（市、区）人民政府|四川省/各市（州）、县（市、区）人民政府|下级政府|collective
四川省|各市州人民政府|四川省/各市州人民政府|下级政府|collective
四川省|省直有关部门|四川省/省直有关部门||collective
四川省|省级有关部门|四川省/省级有关部门||collective
四川省|省委宣传部|四川省/委宣传部|党委,宣传|party
四川省|省委编办|四川省/委机构编制委员会办公室|党委|party
四川省|团省委|四川省/团委|群团|other
四川省|省妇联|四川省/妇联|群团|other
四川省|省总工会|四川省/总工会|群团|other
凉山彝族自治州|州发展改革委|凉山彝族自治州/发展和改革委员会|发展改革|agency
凉山彝族自治州|州生态环境局|凉山彝族自治州/生态环境局|生态环境|agency
凉山彝族自治州|州住房城乡建设局|凉山彝族自治州/住房和城乡建设局|住房城乡建设|agency
凉山彝族自治州|各县（市）人民政府|凉山彝族自治州/各县（市）人民政府|下级政府|collective
凉山彝族自治州|州委宣传部|凉山彝族自治州/委宣传部|党委,宣传|party
凉山彝族自治州|团州委|凉山彝族自治州/团委|群团|other
锡林郭勒盟|盟发改委|锡林郭勒盟/发展和改革委员会|发展改革|agency
锡林郭勒盟|盟生态环境局|锡林郭勒盟/生态环境局|生态环境|agency
锡林郭勒盟|各旗县市（区）人民政府|锡林郭勒盟/各旗县市（区）人民政府|下级政府|collective
锡林郭勒盟|各旗县市人民政府|锡林郭勒盟/各旗县市人民政府|下级政府|collective
正蓝旗|旗发改局|正蓝旗/发展和改革局|发展改革|agency
正蓝旗|旗生态环境分局|正蓝旗/生态环境分局|生态环境|agency
正蓝旗|各苏木镇人民政府|正蓝旗/各苏木镇人民政府|乡镇街道|collective
正蓝旗|旗委宣传部|正蓝旗/委宣传部|党委,宣传|party
涪城区|区发改局|涪城区/发展和改革局|发展改革|agency
涪城区|区经信局|涪城区/经济和信息化局|工业和信息化|agency
涪城区|区住建局|涪城区/住房和城乡建设局|住房城乡建设|agency
涪城区|区城管执法局|涪城区/城市管理行政执法局|城市管理|agency
涪城区|区综合执法局|涪城区/综合行政执法局|城市管理|agency
涪城区|涪城区人民政府|涪城区/人民政府|政府|government
涪城区|各街道办事处|涪城区/各街道办事处|乡镇街道|collective
涪城区|各镇（街道）|涪城区/各镇（街道）|乡镇街道|collective
涪城区|区委政法委|涪城区/委政法委员会|党委,公安|party
涪城区|区政府办|涪城区/人民政府办公室|政府办公室|government
涪城区|市生态环境局涪城区分局|涪城区/生态环境分局|生态环境|agency
涪城区|市自然资源和规划局涪城分局|涪城区/自然资源和规划分局|自然资源|agency
涪城区|市公安局涪城区分局|涪城区/公安分局|公安|agency
涪城区|涪城公安分局|涪城区/公安分局|公安|agency
涪城区|区农业农村局|涪城区/农业农村局|农业农村|agency
涪城区|区国资办|涪城区/国有资产监督管理办公室|国资|agency
绵阳高新区|高新区管委会|绵阳高新区/管委会|园区|government
绵阳高新区|管委会办公室|绵阳高新区/管委会办公室|园区|government
绵阳高新区|高新区经济发展局|绵阳高新区/经济发展局|发展改革|agency
绵阳高新区|高新区社会事业局|绵阳高新区/社会事业局||other
绵阳高新区|高新区建设局|绵阳高新区/建设局|住房城乡建设|agency
绵阳高新区|高新区城市管理局|绵阳高新区/城市管理局|城市管理|agency
绵阳高新区|高新区生态环境分局|绵阳高新区/生态环境分局|生态环境|agency
绵阳高新区|高新区公安分局|绵阳高新区/公安分局|公安|agency
绵阳高新区|高新区财政局|绵阳高新区/财政局|财政|agency
绵阳高新区|高新区规划建设局|绵阳高新区/规划建设局|自然资源,住房城乡建设|agency
绵阳高新区|经济发展和科技局|绵阳高新区/经济发展和科技局|发展改革,科技|agency
绵阳高新区|社会事务局|绵阳高新区/社会事务局||other
绵阳高新区|规划国土建设局|绵阳高新区/规划国土建设局|自然资源,住房城乡建设|agency
绵阳高新区|安全生产监督管理局|绵阳高新区/安全生产监督管理局|应急管理|agency
绵阳高新区|党政办公室|绵阳高新区/党政办公室|党委,政府办公室|party
绵阳高新区|党政办|绵阳高新区/党政办|党委,政府办公室|party
绵阳高新区|各街道|绵阳高新区/各街道|乡镇街道|collective
天府新区|新区管委会|天府新区/管委会|园区|government
天府新区|新区生态环境和城市管理局|天府新区/生态环境和城市管理局|生态环境,城市管理|agency
天府新区|新区公园城市建设局|天府新区/公园城市建设局|住房城乡建设|agency
天府新区|新区自然资源和规划建设局|天府新区/自然资源和规划建设局|自然资源,住房城乡建设|agency
天府新区|新区应急管理局|天府新区/应急管理局|应急管理|agency
天府新区|新区社区治理和社事局|天府新区/社区治理和社事局||other
绵阳市|市發展和改革委員會|绵阳市/发展和改革委员会|发展改革|agency
绵阳市|市生態環境局|绵阳市/生态环境局|生态环境|agency
绵阳市|市環保局|绵阳市/环境保护局|生态环境|agency
绵阳市|市住房和城鄉建設局|绵阳市/住房和城乡建设局|住房城乡建设|agency
绵阳市|市交通運輸局|绵阳市/交通运输局|交通运输|agency
绵阳市|市農業農村局|绵阳市/农业农村局|农业农村|agency
绵阳市|市衛生健康委員會|绵阳市/卫生健康委员会|卫生健康|agency
绵阳市|市應急管理局|绵阳市/应急管理局|应急管理|agency
绵阳市|市市場監督管理局|绵阳市/市场监督管理局|市场监管|agency
绵阳市|市財政局|绵阳市/财政局|财政|agency
绵阳市|市水務局|绵阳市/水务局|水利|agency
绵阳市|市自然資源局|绵阳市/自然资源局|自然资源|agency
绵阳市|各縣（市、區）人民政府|绵阳市/各县（市、区）人民政府|下级政府|collective
绵阳市|市城市管理綜合執法局|绵阳市/城市管理综合行政执法局|城市管理|agency
绵阳市|市工業和信息化局|绵阳市/工业和信息化局|工业和信息化|agency
绵阳市|市商務局|绵阳市/商务局|商务|agency
三台县|中共三台县委|三台县/委|党委|party
三台县|县委|三台县/委|党委|party
三台县|县人民政府|三台县/人民政府|政府|government
三台县|县政府|三台县/人民政府|政府|government
三台县|中共三台县委办公室|三台县/委办公室|党委|party
三台县|三台县人民政府办公室|三台县/人民政府办公室|政府办公室|government
三台县|县纪委监委|三台县/纪委监委|纪检监察|party
三台县|县委编办|三台县/委机构编制委员会办公室|党委|party
三台县|县融媒体中心|三台县/融媒体中心|宣传|agency
三台县|县委网信办|三台县/委网络安全和信息化委员会办公室|党委,宣传|party
三台县|县水务局|三台县/水务局|水利|agency
三台县|县交通局|三台县/交通局|交通运输|agency
三台县|县教体局|三台县/教育体育局|教育,体育|agency
三台县|县文广旅局|三台县/文化广电旅游局|文化和旅游|agency
三台县|县卫健局|三台县/卫生健康局|卫生健康|agency
三台县|县人社局|三台县/人力资源和社会保障局|人力社保|agency
三台县|县医保局|三台县/医疗保障局|卫生健康|agency
三台县|县林草局|三台县/林业和草原局|林业|agency
三台县|县民政局|三台县/民政局|民政|agency
三台县|县司法局|三台县/司法局|司法|agency
三台县|县审计局|三台县/审计局|审计|agency
三台县|县退役军人局|三台县/退役军人事务局|退役军人|agency
三台县|县乡村振兴局|三台县/乡村振兴局|乡村振兴|agency
三台县|县商务局|三台县/商务局|商务|agency
三台县|县科技局|三台县/科学技术局|科技|agency
三台县|县国资办|三台县/国有资产监督管理办公室|国资|agency
三台县|县投促局|三台县/投资促进局|商务|agency
三台县|县经济合作局|三台县/经济合作局|商务|agency
三台县|县机关事务中心|三台县/机关事务中心|机关事务|agency
三台县|县自然资源局|三台县/自然资源局|自然资源|agency
三台县|县生态环境保护委员会办公室|三台县/生态环境保护委员会办公室|生态环境|agency
三台县|县环委办|三台县/生态环境保护委员会办公室|生态环境|agency
三台县|县污染防治攻坚战领导小组办公室|三台县/污染防治攻坚战领导小组办公室|生态环境|agency
三台县|县攻坚办|三台县/攻坚办||other
三台县|县大气办|三台县/大气办|生态环境|agency
三台县|县河长制办公室|三台县/河长制办公室|河长制|agency
三台县|县城投公司|三台县/城投公司|国有企业|enterprise
三台县|县交投集团|三台县/交投集团|国有企业|enterprise
三台县|县水务集团|三台县/水务集团|水利|enterprise
三台县|县供水公司|三台县/供水公司|水利|enterprise
三台县|县燃气公司|三台县/燃气公司|能源|enterprise
三台县|中国移动三台分公司|三台县/移动公司|工业和信息化|enterprise
三台县|中国电信三台分公司|三台县/电信公司|工业和信息化|enterprise
三台县|县邮政公司|三台县/邮政公司|邮政|enterprise
三台县|县疾控中心|三台县/疾病预防控制中心|卫生健康|agency
三台县|县人民医院|三台县/人民医院|卫生健康|agency
三台县|县环境监测站|三台县/环境监测站|生态环境|agency
三台县|县农技中心|三台县/农技中心|农业农村|agency
三台县|县畜牧兽医中心|三台县/畜牧兽医中心|农业农村|agency
三台县|县动物疫病预防控制中心|三台县/动物疫病预防控制中心|农业农村|agency
三台县|县水文站|三台县/水文站|水利|agency
三台县|县不动产登记中心|三台县/不动产登记中心|自然资源|agency
三台县|县土地储备中心|三台县/土地储备中心|自然资源|agency
三台县|县经开区管委会|三台经开区/管委会|园区|government
三台县|县工业园区管委会|三台县/工业园区管委会|园区|government
三台县|县城乡规划建设和住房保障局|三台县/城乡规划建设和住房保障局|自然资源,住房城乡建设|agency
三台县|县自然资源和规划建设局|三台县/自然资源和规划建设局|自然资源,住房城乡建设|agency
北京市|市发展改革委|北京市/发展和改革委员会|发展改革|agency
北京市|市规划自然资源委|北京市/规划自然资源委|自然资源|agency
北京市|市住房城乡建设委|北京市/住房和城乡建设委员会|住房城乡建设|agency
北京市|市城市管理委|北京市/城市管理委|城市管理|agency
北京市|市交通委|北京市/交通委|交通运输|agency
北京市|市园林绿化局|北京市/园林绿化局|林业,城市管理|agency
北京市|市科委|北京市/科委|科技|agency
北京市|市教委|北京市/教委|教育|agency
北京市|市经济和信息化局|北京市/经济和信息化局|工业和信息化|agency
北京市|市水务局|北京市/水务局|水利|agency
北京市|市生态环境局|北京市/生态环境局|生态环境|agency
北京市|各区人民政府|北京市/各区人民政府|下级政府|collective
北京市|中关村管委会|北京市/中关村管委会|园区|government
北京市|北京经济技术开发区管委会|北京经开区/管委会|园区|government
上海市|市绿化市容局|上海市/绿化市容局|林业,城市管理|agency
上海市|市房屋管理局|上海市/房屋管理局|住房城乡建设|agency
上海市|市住房城乡建设管理委|上海市/住房城乡建设管理委|住房城乡建设|agency
上海市|市道路运输管理局|上海市/道路运输管理局|交通运输|agency
上海市|上海海事局|上海市/海事局|交通运输|agency
上海市|市容环境卫生管理局|上海市/市容环境卫生管理局|城市管理|agency
上海市|各区政府|上海市/各区政府|下级政府|collective
重庆市|各区县（自治县）人民政府|重庆市/各区县（自治县）人民政府|下级政府|collective
重庆市|市住房城乡建委|重庆市/住房城乡建委|住房城乡建设|agency
重庆市|两江新区管委会|两江新区/管委会|园区|government
广州市|各区人民政府|广州市/各区人民政府|下级政府|collective
广州市|市生态环境局番禺区分局|番禺区/生态环境分局|生态环境|agency
广州市|市公安局交警支队|广州市/交通警察支队|公安|agency
东莞市|各镇街|东莞市/各镇街|乡镇街道|collective
东莞市|各镇（街）|东莞市/各镇（街）|乡镇街道|collective
东莞市|市生态环境局长安分局|东莞市/生态环境局长安分局|生态环境|agency
杭州市|市生态环境局|杭州市/生态环境局|生态环境|agency
杭州市|市城管局|杭州市/城市管理局|城市管理|agency
杭州市|市林水局|杭州市/林水局|林业,水利|agency
杭州市|市商务局（市粮食物资局）|杭州市/商务局|商务,粮食|agency
广西壮族自治区|自治区生态环境厅|广西壮族自治区/生态环境厅|生态环境|agency
广西壮族自治区|自治区发展改革委|广西壮族自治区/发展和改革委员会|发展改革|agency
广西壮族自治区|自治区住房城乡建设厅|广西壮族自治区/住房和城乡建设厅|住房城乡建设|agency
广西壮族自治区|各设区市人民政府|广西壮族自治区/各设区市人民政府|下级政府|collective
广西壮族自治区|自治区党委宣传部|广西壮族自治区/党委宣传部|党委,宣传|party
阿里地区|地区生态环境局|阿里地区/生态环境局|生态环境|agency
阿里地区|行署办公室|阿里地区/行署办公室|政府办公室|government
阿里地区|各县人民政府|阿里地区/各县人民政府|下级政府|collective
北川羌族自治县|自治县水利局|北川羌族自治县/水利局|水利|agency
北川羌族自治县|县水利局|北川羌族自治县/水利局|水利|agency
北川羌族自治县|各乡镇人民政府|北川羌族自治县/各乡镇人民政府|乡镇街道|collective
海南省|省旅游和文化广电体育厅|海南省/旅游和文化广电体育厅|文化和旅游,体育|agency
海南省|省自然资源和规划厅|海南省/自然资源和规划厅|自然资源|agency
海南省|省资规厅|海南省/资规厅|自然资源|agency
绵阳市|市公安局交管支队|绵阳市/公安局交管支队|公安|agency
绵阳市|市公安局交通管理支队|绵阳市/公安局交通管理支队|公安|agency
绵阳市|市生态环境保护综合行政执法支队|绵阳市/生态环境保护综合行政执法支队|生态环境|agency
绵阳市|市农业综合行政执法支队|绵阳市/农业综合行政执法支队|农业农村|agency
绵阳市|市文化市场综合行政执法支队|绵阳市/文化市场综合行政执法支队|文化和旅游|agency
绵阳市|市生态环境局三台县分局|三台县/生态环境分局|生态环境|agency
绵阳市|市公安局高新区分局|绵阳高新区/公安分局|公安|agency
绵阳市|高新区生态环境分局|绵阳高新区/生态环境分局|生态环境|agency
绵阳市|市安委办|绵阳市/安全生产委员会办公室|应急管理|agency
绵阳市|市食安办|绵阳市/食品安全委员会办公室|市场监管|agency
绵阳市|市防指办|绵阳市/防指办|应急管理|agency
绵阳市|市防汛抗旱指挥部办公室|绵阳市/防汛抗旱指挥部办公室|应急管理|agency
绵阳市|市爱卫办|绵阳市/爱国卫生运动委员会办公室|卫生健康|agency
绵阳市|市创文办|绵阳市/创文办|宣传|agency
绵阳市|市禁毒办|绵阳市/禁毒办|公安|agency
绵阳市|市综治办|绵阳市/综治办|党委|party
绵阳市|市国动办|绵阳市/国动办|住房城乡建设|agency
绵阳市|市委农办|绵阳市/委农办|党委,农业农村|party
绵阳市|市委机关工委|绵阳市/委机关工委|党委|party
绵阳市|市妇儿工委|绵阳市/妇儿工委|群团|other
绵阳市|市关工委|绵阳市/关工委|群团|other
绵阳市|市信用办|绵阳市/信用办|发展改革|agency
绵阳市|绵阳农商行|绵阳市/农商行|金融|agency
绵阳市|绵阳市农村信用合作联社|绵阳市/农村信用合作联社|金融|agency
绵阳市|中国农业银行绵阳分行|绵阳市/中国农业银行绵阳分行|金融|agency
绵阳市|中国农业发展银行绵阳分行|绵阳市/中国农业发展银行绵阳分行|金融|agency
绵阳市|市城投集团|绵阳市/城投集团|国有企业|enterprise
绵阳市|市交投集团|绵阳市/交投集团|国有企业|enterprise
绵阳市|市水务集团|绵阳市/水务集团|水利|enterprise
绵阳市|市自来水公司|绵阳市/自来水公司|水利|enterprise
绵阳市|市公交集团|绵阳市/公交集团|交通运输|enterprise
绵阳市|市地质环境监测站|绵阳市/地质环境监测站|自然资源,生态环境|agency
绵阳市|市工商联|绵阳市/工商联|群团|other
绵阳市|市侨联|绵阳市/侨联|群团|other
绵阳市|市文联|绵阳市/文联|群团|other
绵阳市|市委统战部|绵阳市/委统战部|党委|party
绵阳市|市委政研室|绵阳市/委政研室|党委|party
绵阳市|市纪委监委机关|绵阳市/纪委监委机关|纪检监察|party
绵阳市|市机关事务局|绵阳市/机关事务局|机关事务|agency
绵阳市|市电视台|绵阳市/电视台|宣传|agency
绵阳市|国家能源集团绵阳公司|绵阳市/国家能源集团绵阳公司|能源|enterprise
绵阳市|华能绵阳电厂|绵阳市/华能绵阳电厂|能源|enterprise
绵阳市|市风景名胜区管理局|绵阳市/风景名胜区管理局|林业|agency
绵阳市|市自然保护区管理局|绵阳市/自然保护区管理局|林业|agency
绵阳市|绵阳综合保税区管委会|绵阳综保区/管委会|园区|government
绵阳市|市工业集中区管委会|绵阳市/工业集中区管委会|园区|government
三台县|县教科局|三台县/教科局|教育,科技|agency
三台县|县科工信局|三台县/科技和工业信息化局|科技,工业和信息化|agency
三台县|县经信科技局|三台县/经信科技局|工业和信息化,科技|agency
三台县|县发展和改革局（县粮食和物资储备局）|三台县/发展和改革局|发展改革,粮食|agency
三台县|县行政审批服务局|三台县/行政审批服务局|审批服务|agency
三台县|县综合执法局|三台县/综合行政执法局|城市管理|agency
三台县|县市场监管局|三台县/市场监督管理局|市场监管|agency
三台县|县农经站|三台县/农经站|农业农村|agency
三台县|县植保站|三台县/植保站|农业农村|agency
三台县|县渔政站|三台县/渔政站|海洋渔业|agency
三台县|县水产站|三台县/水产站|海洋渔业|agency
三台县|县农机站|三台县/农机站|农业农村|agency
三台县|县农环站|三台县/农环站|农业农村|agency
三台县|县城乡建设投资有限公司|三台县/城乡建设投资有限公司|住房城乡建设|enterprise
三台县|县房管局|三台县/房管局|住房城乡建设|agency
三台县|县建交局|三台县/建交局|住房城乡建设,交通运输|agency
三台县|县农水局|三台县/农水局|农业农村,水利|agency
三台县|县农林局|三台县/农林局|农业农村,林业|agency
三台县|县国土资源局|三台县/国土资源局|自然资源|agency
三台县|县环保局|三台县/环境保护局|生态环境|agency
三台县|县规划建设局|三台县/规划建设局|自然资源,住房城乡建设|agency
三台县|各级河长|三台县/各级河长|河长制|collective
三台县|各乡镇（街道）河长|三台县/各乡镇（街道）河长|乡镇街道|collective
三台县|县委、县政府|三台县/委、政府|党委,政府|party
三台县|县人武部|三台县/人民武装部|军事|other
三台县|县档案馆|三台县/档案馆||other
三台县|县城关镇人民政府|城关镇/人民政府|乡镇街道|government
三台县|城关镇人民政府|城关镇/人民政府|乡镇街道|government
三台县|县安监局|三台县/安全生产监督管理局|应急管理|agency
三台县|县质监局|三台县/质量技术监督局|市场监管|agency
三台县|县食药监局|三台县/食品药品监督管理局|市场监管|agency
三台县|县工商局|三台县/工商行政管理局|市场监管|agency
三台县|县卫计局|三台县/卫生和计划生育局|卫生健康|agency
三台县|县文体广新局|三台县/文体广新局|文化和旅游,体育|agency
三台县|县残联|三台县/残联|群团|other
中牟县|郑州市生态环境局|郑州市/生态环境局|生态环境|agency
中牟县|郑州市中牟生态环境局|中牟县/生态环境局|生态环境|agency
番禺区|广州市生态环境局番禺区分局|番禺区/生态环境分局|生态环境|agency
广州市|广州市生态环境局番禺区分局|番禺区/生态环境分局|生态环境|agency
番禺区|广州市番禺区生态环境局|番禺区/生态环境局|生态环境|agency
乡宁县|乡宁县水利局|乡宁县/水利局|水利|agency
三台县|城关镇|城关镇/人民政府|乡镇街道|government
三台县|县城关镇|城关镇/人民政府|乡镇街道|government
三台县|石安乡|石安乡/人民政府|乡镇街道|government
三台县|潼川镇人民政府|潼川镇/人民政府|乡镇街道|government
三台县|西城街道|西城街道/办事处|乡镇街道|government
三台县|西城街道办事处|西城街道/办事处|乡镇街道|government
三台县|芦溪镇党委|芦溪镇/党委|党委|party
三台县|镇政府|三台县所辖镇/人民政府|乡镇街道|government
三台县|三台县|三台县/人民政府|政府|government
绵阳市|涪城区|涪城区/人民政府|政府|government
绵阳市|江油市|江油市/人民政府|政府|government
绵阳市|经开区|绵阳市/经开区|园区|government
南昌市|南昌县生态环境局|南昌县/生态环境局|生态环境|agency
吉安市|吉安县水利局|吉安县/水利局|水利|agency
长沙市|长沙县人民政府|长沙县/人民政府|政府|government
长沙市|长沙县|长沙县/人民政府|政府|government
绵阳市|省生态环境厅|四川省/生态环境厅|生态环境|agency
凉山彝族自治州|省生态环境厅|四川省/生态环境厅|生态环境|agency
三台县|凉山州生态环境局|凉山彝族自治州/生态环境局|生态环境|agency
三台县|县市监局|三台县/市场监督管理局|市场监管|agency
绵阳市|市监局|绵阳市/市场监督管理局|市场监管|agency
绵阳市|市市监局|绵阳市/市场监督管理局|市场监管|agency
绵阳市|市监委|绵阳市/纪委监委|纪检监察|party
三台县|县科学技术和工业信息化局|三台县/科技和工业信息化局|科技,工业和信息化|agency
三台县|县科技和工业信息化局|三台县/科技和工业信息化局|科技,工业和信息化|agency
三台县|县科技局|三台县/科学技术局|科技|agency
三台县|县政府督查室|三台县/人民政府督查室|政府办公室|government
三台县|县人民政府督查室|三台县/人民政府督查室|政府办公室|government
三台县|县政府研究室|三台县/人民政府研究室|政府|government
三台县|县人民政府研究室|三台县/人民政府研究室|政府|government
三台县|县委县政府督查室|三台县/委、政府督查室|党委,政府办公室|party
三台县|县委、县人民政府督查室|三台县/委、政府督查室|党委,政府办公室|party
三台县|中共三台县委、三台县人民政府督查室|三台县/委、政府督查室|党委,政府办公室|party
三台县|县委县政府信访局|三台县/委、政府信访局|党委,信访|party
三台县|县委督查室|三台县/委督查室|党委,政府办公室|party
三台县|县委、县政府|三台县/委、政府|党委,政府|party
三台县|县政府有关部门|三台县/政府有关部门||collective
三台县|县综合行政执法局|三台县/综合行政执法局|城市管理|agency
三台县|县城管综合执法局|三台县/城市管理综合行政执法局|城市管理|agency
三台县|县城管执法局|三台县/城市管理行政执法局|城市管理|agency
三台县|县交运局|三台县/交通运输局|交通运输|agency
三台县|县交通局|三台县/交通局|交通运输|agency
三台县|县文体旅局|三台县/文化体育和旅游局|文化和旅游,体育|agency
三台县|县文旅局|三台县/文化和旅游局|文化和旅游|agency
三台县|县融媒中心|三台县/融媒体中心|宣传|agency
三台县|县人力社保局|三台县/人力资源和社会保障局|人力社保|agency
三台县|县经济信息化局|三台县/经济和信息化局|工业和信息化|agency
三台县|县工业信息化局|三台县/工业和信息化局|工业和信息化|agency
三台县|县府办|三台县/人民政府办公室|政府办公室|government
三台县|县文旅广体局|三台县/文化旅游广电体育局|文化和旅游|agency
三台县|县文广旅体局|三台县/文化广电旅游体育局|文化和旅游|agency
三台县|县环保分局|三台县/环境保护分局|生态环境|agency
三台县|县文明办|三台县/委精神文明建设办公室|党委,宣传|party
三台县|县委文明办|三台县/委精神文明建设办公室|党委,宣传|party
三台县|县网信办|三台县/委网络安全和信息化委员会办公室|党委,宣传|party
三台县|县委网信办|三台县/委网络安全和信息化委员会办公室|党委,宣传|party
三台县|县编办|三台县/委机构编制委员会办公室|党委|party
三台县|县经济开发区管委会|三台经开区/管委会|园区|government
三台县|县经济技术开发区管委会|三台经开区/管委会|园区|government
三台县|县工业园区管委会|三台县/工业园区管委会|园区|government
三台县|县高新区管委会|三台高新区/管委会|园区|government
绵阳市|市委、市政府信访局|绵阳市/委、政府信访局|党委,信访|party
三台县|县委、县政府有关部门|三台县/委、县政府有关部门|党委|collective
绵阳市|高新区经发局|绵阳高新区/经济发展局|发展改革|agency
绵阳市|绵阳高新区经济发展局|绵阳高新区/经济发展局|发展改革|agency
三台县|市市场监管局三台分局|三台县/市场监督管理分局|市场监管|agency
三台县|市场监管局三台分局|三台县/市场监督管理分局|市场监管|agency
三台县|市城管局三台分局|三台县/城市管理分局|城市管理|agency
三台县|市国土局三台分局|三台县/国土资源分局|自然资源|agency
三台县|市自然资源局三台分局|三台县/自然资源分局|自然资源|agency
绵阳市|各县（市、区）生态环境分局|绵阳市/各县（市、区）生态环境分局|生态环境|collective
绵阳市|市生态环境局各县（市、区）分局|绵阳市/生态环境局各县（市、区）分局|生态环境|collective
绵阳市|县公安局各派出所|*|公安|collective
绵阳市|各区县民政局|绵阳市/各区县民政局|民政|collective
绵阳市|各县（市、区）政府办公室|绵阳市/各县（市、区）政府办公室|下级政府|collective
绵阳市|各县（市、区）党委和人民政府|绵阳市/各县（市、区）党委和人民政府|下级政府|collective
"""
ROWS = [tuple(line.split("|")) for line in NAMES.strip().splitlines()]

# Names whose function the name does not say (a zone's 社会事务局 covers several portfolios):
# they must be reported unknown, not guessed.
HONEST_UNKNOWN = {"高新区社会事业局", "社会事务局", "新区社区治理和社事局", "县攻坚办", "县档案馆"}


def test_the_list_is_broad_and_unseen():
    reg = load_registry()
    assert len(ROWS) >= 530
    assert len({r[1] for r in ROWS}) >= 480
    places = {r[0] for r in ROWS}
    assert {"四川省", "绵阳市", "三台县", "涪城区", "凉山彝族自治州", "锡林郭勒盟", "正蓝旗", "绵阳高新区", "天府新区",
            "广西壮族自治区", "阿里地区", "北川羌族自治县", "北京市", "上海市", "重庆市", "东莞市"} <= places
    # jurisdictions.csv lists provinces and prefecture-level places, no county, district or zone of
    # these plans (counties.csv, generated from the statistical codes, lists most counties)
    hand = {line.split(",")[0] for line in (reg.path / "jurisdictions.csv").read_text(encoding="utf-8").splitlines()}
    counties = {p for p in places if p.endswith(("县", "区", "旗")) and not p.endswith(("自治区", "地区"))}
    assert len(counties) >= 8 and not counties & hand
    assert not {p for p in places if p.endswith(("省", "市", "州", "盟", "地区", "自治区"))} - set(reg.jurisdictions)


@pytest.mark.parametrize("plan_j,text,agency_id,functions,kind", ROWS, ids=[f"{r[0]}-{r[1]}" for r in ROWS])
def test_name_resolves(plan_j, text, agency_id, functions, kind):
    a = resolve_mention(load_registry(), text, PlanMeta("p", "p.txt", jurisdiction=plan_j))
    expected = functions.split(",") if functions else []
    assert (a.functions, a.kind) == (expected, kind)
    if agency_id != "*":
        assert a.agency_id == agency_id
    assert a.aliases == [text]  # the name as written is kept
    assert a.known == (text not in HONEST_UNKNOWN)
    if a.known and kind != "collective":
        assert a.functions, "a known body has a function"


def test_same_body_full_abbreviated_and_traditional():
    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="绵阳市")
    groups = [
        ["市发改委", "市发展改革委", "市发展和改革委员会", "市發展和改革委員會"],
        ["市住建局", "市住房城乡建设局", "市住房和城乡建设局", "市住房和城鄉建設局"],
        ["市卫健委", "市卫生健康委", "市卫生健康委员会", "市衛生健康委員會"],
        ["市人社局", "市人力资源社会保障局", "市人力资源和社会保障局"],
        ["市委编办", "市委机构编制委员会办公室"],
        ["市环保局", "市环境保护局", "市環保局"],
    ]
    for names in groups:
        ids = {resolve_mention(reg, n, city).agency_id for n in names}
        assert len(ids) == 1, (names, ids)


def test_historical_names_keep_their_name_and_get_todays_function():
    reg = load_registry()
    city = PlanMeta("p", "p.txt", jurisdiction="绵阳市")
    for text, name, function in [
        ("市环保局", "绵阳市环境保护局", "生态环境"),
        ("市国土局", "绵阳市国土资源局", "自然资源"),
        ("市工信委", "绵阳市工业和信息化委员会", "工业和信息化"),
        ("市安监局", "绵阳市安全生产监督管理局", "应急管理"),
        ("市食药监局", "绵阳市食品药品监督管理局", "市场监管"),
        ("市文广新局", "绵阳市文化广电新闻出版局", "文化和旅游"),
        ("市卫计委", "绵阳市卫生和计划生育委员会", "卫生健康"),
    ]:
        a = resolve_mention(reg, text, city)
        assert (a.name, a.functions) == (name, [function])


def test_words_inside_names_are_not_misread():
    """人民政府 holds 民政, 市政协 holds 市政, 交通警察 holds 交通, 工商联 holds 工商."""
    reg = load_registry()
    county = PlanMeta("p", "p.txt", jurisdiction="三台县")
    assert resolve_mention(reg, "县人民政府办公室", county).functions == ["政府办公室"]
    assert resolve_mention(reg, "县政协", county).functions == ["政协"]
    assert resolve_mention(reg, "县公安局交通警察大队", county).functions == ["公安"]
    assert resolve_mention(reg, "县工商联", county).functions == ["群团"]
    assert resolve_mention(reg, "各区县人民政府", county).functions == ["下级政府"]


# --------------------------------------------------------------------------- whole plans


def _plan(tmp_path, name, text):
    from respgraph.extract import extract_file
    from respgraph.resolve import resolve_plan

    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    rp = resolve_plan(extract_file(p))
    by_mention = {}
    for assigns in rp.assignments.values():
        for a in assigns:
            ag = rp.agencies[a.agency_id]
            by_mention[a.mention] = (a.agency_id, ag.functions, ag.kind)
    return rp, by_mention


COUNTY = """三府发〔2022〕12号
中共三台县委  三台县人民政府
关于印发《三台县深入打好污染防治攻坚战实施方案》的通知
各乡镇党委和人民政府，县级各部门：
现将《三台县深入打好污染防治攻坚战实施方案》印发给你们，请认真贯彻执行。
中共三台县委  三台县人民政府
2022年5月6日
三台县深入打好污染防治攻坚战实施方案
一、主要任务
（一）深入打好蓝天保卫战
1.推进工业污染治理。开展重点行业挥发性有机物综合治理。（牵头单位：县经信局；责任单位：市生态环境局三台分局、县发改局、各乡镇人民政府）
2.加强扬尘管控。严格落实施工工地扬尘防治措施。（牵头单位：县住建局；责任单位：县综合行政执法局、县交通运输局、县公安局交警大队）
（二）深入打好碧水保卫战
3.强化农业面源污染治理。推进化肥农药减量增效。（牵头单位：县农业农村局；责任单位：县水利局、县审计局、国网三台县供电公司）
4.开展入河排污口排查整治。（责任单位：县火星探测局、县委宣传部、团县委）
"""


def test_county_plan_of_an_unlisted_county(tmp_path):
    rp, m = _plan(tmp_path, "santai.txt", COUNTY)
    assert plan_jurisdiction(rp.plan.meta) == "三台县"
    assert m["县经信局"] == ("三台县/经济和信息化局", ["工业和信息化"], "agency")
    assert m["县发改局"] == ("三台县/发展和改革局", ["发展改革"], "agency")
    assert m["市生态环境局三台分局"] == ("三台县/生态环境分局", ["生态环境"], "agency")
    assert m["各乡镇人民政府"] == ("三台县/各乡镇人民政府", ["乡镇街道"], "collective")
    assert m["县公安局交警大队"] == ("三台县/交通警察大队", ["公安"], "agency")
    assert m["县审计局"] == ("三台县/审计局", ["审计"], "agency")
    assert m["国网三台县供电公司"][1:] == (["能源"], "enterprise")
    assert m["县委宣传部"] == ("三台县/委宣传部", ["党委", "宣传"], "party")
    assert m["团县委"] == ("三台县/团委", ["群团"], "other")
    assert m["县火星探测局"] == ("三台县/火星探测局", [], "other")
    assert rp.unknown == ["县火星探测局"]  # not guessed


def test_unknown_mentions_listed_by_the_cli(tmp_path):
    from respgraph.cli import app

    p = tmp_path / "santai.txt"
    p.write_text(COUNTY, encoding="utf-8")
    r = CliRunner().invoke(app, ["agencies", str(p), "--unknown", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert [row["mention"] for row in json.loads(r.stdout)] == ["县火星探测局"]
    assert json.loads(r.stdout)[0]["jurisdiction"] == "三台县"


DISTRICT = """成都市青白江区人民政府
关于印发《青白江区大气污染防治工作方案》的通知
各街道办事处、镇人民政府，区级各部门：
现将方案印发给你们，请认真贯彻执行。
成都市青白江区人民政府
2021年3月2日
青白江区大气污染防治工作方案
一、重点任务
（一）工业源治理
1.开展工业炉窑综合治理。（牵头单位：成都市青白江生态环境局；配合单位：区经信局、区发改局、市生态环境局、各镇（街道））
2.加强机动车排气监管。（牵头单位：市公安局青白江区分局；配合单位：区交通运输局、区市场监管局）
"""


def test_district_plan_knows_its_city_from_the_issuer(tmp_path):
    rp, m = _plan(tmp_path, "qbj.txt", DISTRICT)
    assert plan_chain(rp.plan.meta) == ("青白江区", "成都市", "四川省")  # 成都市 brings its province
    assert (rp.plan.meta.jurisdiction, rp.plan.meta.level) == ("青白江区", "district")
    assert m["成都市青白江生态环境局"] == ("青白江区/生态环境局", ["生态环境"], "agency")
    assert m["区经信局"][0] == "青白江区/经济和信息化局"
    assert m["市生态环境局"] == ("成都市/生态环境局", ["生态环境"], "agency")  # the parent city's
    assert m["各镇（街道）"] == ("青白江区/各镇（街道）", ["乡镇街道"], "collective")
    assert m["市公安局青白江区分局"] == ("青白江区/公安分局", ["公安"], "agency")
    assert m["区市场监管局"] == ("青白江区/市场监督管理局", ["市场监管"], "agency")
    assert rp.unknown == []


TOWNSHIP = """隆回县桃洪镇人民政府
关于印发《桃洪镇2023年农村人居环境整治实施方案》的通知
各村（社区），镇直各单位：
现印发给你们，请认真贯彻执行。
隆回县桃洪镇人民政府
2023年3月15日
桃洪镇2023年农村人居环境整治实施方案
一、重点工作
1.推进农村生活垃圾治理。（牵头单位：镇村镇建设办；责任单位：各村（社区）、县城管局）
2.推进农村生活污水治理。（牵头单位：镇生态环境办；责任单位：市生态环境局隆回分局）
"""


def test_township_plan_knows_its_county_from_the_issuer(tmp_path):
    # 隆回县桃洪镇人民政府 writes the county above the town: 县X is 隆回县's (was 桃洪镇所在县),
    # the city bureau's 隆回分局 the county's branch (was 桃洪镇所在市/生态环境局隆回分局)
    rp, m = _plan(tmp_path, "taohong.txt", TOWNSHIP)
    assert plan_chain(rp.plan.meta) == ("桃洪镇", "隆回县", "邵阳市", "湖南省")  # 隆回县 is listed in counties.csv
    assert m["县城管局"][0] == "隆回县/城市管理局"
    assert m["市生态环境局隆回分局"] == ("隆回县/生态环境分局", ["生态环境"], "agency")
    assert m["镇村镇建设办"][0] == "桃洪镇/村镇建设办"
    assert m["各村（社区）"][0] == "桃洪镇/各村（社区）"
    # a town named alone is the whole chain; a county's own issuer is not read as a town's
    assert plan_chain(PlanMeta("p", "p.txt", issuers=["桃洪镇人民政府"], jurisdiction="桃洪镇")) == ("桃洪镇",)
    assert plan_chain(PlanMeta("p", "p.txt", issuers=["邵阳市隆回县人民政府"])) == ("隆回县", "邵阳市", "湖南省")


PROVINCE = """四川省人民政府办公厅
关于印发《四川省土壤污染防治行动计划工作方案》的通知
各市（州）人民政府，省政府各部门、各直属机构：
现将方案印发给你们。
四川省人民政府办公厅
2016年12月30日
四川省土壤污染防治行动计划工作方案
一、主要任务
（一）开展土壤污染调查
1.开展土壤环境质量状况详查。（省环境保护厅牵头，省国土资源厅、省农业厅、省卫生计生委等参与，各市（州）人民政府负责落实）
2.建设土壤环境质量监测网络。（省环境保护厅牵头，省发展改革委、省经济和信息化委、省林业厅参与）
"""


def test_province_plan(tmp_path):
    rp, m = _plan(tmp_path, "sc.txt", PROVINCE)
    assert plan_jurisdiction(rp.plan.meta) == "四川省"
    assert m["省环境保护厅"] == ("四川省/环境保护厅", ["生态环境"], "agency")
    assert m["省国土资源厅"] == ("四川省/国土资源厅", ["自然资源"], "agency")
    assert m["省发展改革委"] == ("四川省/发展和改革委员会", ["发展改革"], "agency")
    assert m["省经济和信息化委"] == ("四川省/经济和信息化委员会", ["工业和信息化"], "agency")
    assert m["省卫生计生委"] == ("四川省/卫生和计划生育委员会", ["卫生健康"], "agency")
    assert m["各市（州）人民政府"] == ("四川省/各市（州）人民政府", ["下级政府"], "collective")
    assert rp.unknown == []


PREFECTURE = """凉山彝族自治州人民政府
关于印发《凉山州水污染防治工作方案》的通知
各县（市）人民政府，州级各部门：
凉山彝族自治州人民政府
2016年5月1日
凉山州水污染防治工作方案
一、主要任务
（一）控制污染物排放
1.集中治理工业集聚区水污染。（牵头单位：州经信委、州环保局；责任单位：州发展改革委、州住房城乡建设局、各县（市）人民政府）
2.推进农业农村污染防治。（牵头单位：州农业局；责任单位：州畜牧局、团州委、州委宣传部）
"""


def test_autonomous_prefecture_plan(tmp_path):
    rp, m = _plan(tmp_path, "ls.txt", PREFECTURE)
    j = "凉山彝族自治州"
    assert plan_jurisdiction(rp.plan.meta) == j
    assert m["州环保局"] == (f"{j}/环境保护局", ["生态环境"], "agency")
    assert m["州经信委"] == (f"{j}/经济和信息化委员会", ["工业和信息化"], "agency")
    assert m["州住房城乡建设局"] == (f"{j}/住房和城乡建设局", ["住房城乡建设"], "agency")
    assert m["各县（市）人民政府"] == (f"{j}/各县（市）人民政府", ["下级政府"], "collective")
    assert m["团州委"] == (f"{j}/团委", ["群团"], "other")
    assert m["州委宣传部"] == (f"{j}/委宣传部", ["党委", "宣传"], "party")
    assert rp.unknown == []


ZONE = """四川天府新区管理委员会
关于印发《四川天府新区生态环境保护三年行动计划》的通知
新区各部门、各街道：
四川天府新区管理委员会
2020年6月1日
四川天府新区生态环境保护三年行动计划
一、重点任务
（一）蓝天行动
1.强化扬尘治理。（责任单位：新区生态环境和城市管理局、新区公园城市建设局、各街道办事处）
2.加强社区环境治理。（责任单位：新区社区治理和社事局、党政办公室）
"""


def test_development_zone_plan(tmp_path):
    rp, m = _plan(tmp_path, "tf.txt", ZONE)
    j = "四川天府新区"
    assert plan_jurisdiction(rp.plan.meta) == j
    assert m["新区生态环境和城市管理局"] == (f"{j}/生态环境和城市管理局", ["生态环境", "城市管理"], "agency")
    assert m["新区公园城市建设局"] == (f"{j}/公园城市建设局", ["住房城乡建设"], "agency")
    assert m["各街道办事处"] == (f"{j}/各街道办事处", ["乡镇街道"], "collective")
    assert m["党政办公室"] == (f"{j}/党政办公室", ["党委", "政府办公室"], "party")
    assert rp.unknown == ["新区社区治理和社事局"]  # a portfolio the name does not say


def test_plan_place_from_issuer_title_when_structure_finds_none():
    assert plan_jurisdiction(PlanMeta("p", "p.txt", issuers=["中共正蓝旗委", "正蓝旗人民政府"])) == "正蓝旗"
    assert plan_jurisdiction(PlanMeta("p", "p.txt", issuers=["锡林郭勒盟行政公署"])) == "锡林郭勒盟"
    assert plan_jurisdiction(PlanMeta("p", "p.txt", issuers=["绵阳高新区管委会"])) == "绵阳高新区"
    assert plan_chain(PlanMeta("p", "p.txt", issuers=["四川省绵阳市三台县人民政府"])) == ("三台县", "绵阳市", "四川省")
    # a listed place brings its registry parents
    assert plan_chain(PlanMeta("p", "p.txt", issuers=["江西省新余市渝水区人民政府"])) == ("渝水区", "新余市", "江西省")


CITY = """成都市人民政府
关于印发《成都市大气污染防治工作方案》的通知
各区（市）县人民政府，市级各部门：
成都市人民政府
2021年2月1日
成都市大气污染防治工作方案
一、重点任务
（一）工业源治理
1.开展工业炉窑综合治理。（牵头单位：市生态环境局；配合单位：市经信局、各区（市）县人民政府）
"""


def test_city_and_district_plans_of_unlisted_places_form_a_hierarchy(tmp_path):
    """The district plan's issuer (成都市青白江区人民政府) puts 青白江区 in 成都市: the graph has
    Jurisdiction 青白江区 PART_OF 成都市, so the two plans can be compared."""
    from respgraph.model import jurisdiction_node
    from respgraph.pipeline import run_build

    (tmp_path / "cd.txt").write_text(CITY, encoding="utf-8")
    (tmp_path / "qbj.txt").write_text(DISTRICT, encoding="utf-8")
    G = run_build([tmp_path / "cd.txt", tmp_path / "qbj.txt"], out=tmp_path / "out").graph
    qbj, cd = jurisdiction_node("青白江区"), jurisdiction_node("成都市")
    assert G.has_edge(qbj, cd, key="PART_OF")
    assert G.nodes[qbj]["level"] == "district" and G.nodes[cd]["level"] == "city"
    # the district plan is issued in the district its agencies are in (the structure stage read 成都市)
    assert G.has_edge("plan:qbj", qbj, key="ISSUED_IN") and G.nodes["plan:qbj"]["level"] == "district"
    assert G.has_edge("plan:cd", cd, key="ISSUED_IN")
    city_eco = "agency:成都市/生态环境局"
    assert G.has_edge(city_eco, cd, key="IN")
    # the district's 各区（市）县 collective of the city plan is the city's, with the lower-level function
    coll = [d for n, d in G.nodes(data=True) if d.get("type") == "Agency" and d.get("name", "").startswith("成都市各区")]
    assert coll and coll[0]["kind"] == "collective" and coll[0]["functions"] == ["下级政府"]


def test_county_plan_finds_its_city_in_its_text(tmp_path):
    """The issuers say only 中共三台县委 / 三台县人民政府; the text keeps citing 绵阳市: 市X is
    绵阳市's and 省X 四川省's. A text that does not single out one city leaves 三台县所在市."""
    text = COUNTY.replace(
        "现将《三台县深入打好污染防治攻坚战实施方案》印发给你们",
        "根据《绵阳市深入打好污染防治攻坚战实施方案》和绵阳市委、绵阳市人民政府部署，现将方案印发给你们",
    ).replace("（牵头单位：县农业农村局；", "（牵头单位：县农业农村局、市生态环境局、省生态环境厅；")
    rp, m = _plan(tmp_path, "santai2.txt", text)
    assert m["市生态环境局"][0] == "绵阳市/生态环境局"
    assert m["省生态环境厅"][0] == "四川省/生态环境厅"
    assert m["县发改局"][0] == "三台县/发展和改革局"
    # 三台县 is listed (counties.csv): its city is known whatever the text cites most
    rp, m = _plan(tmp_path, "santai3.txt", text.replace("绵阳市人民政府部署", "成都市人民政府部署"))
    assert m["市生态环境局"][0] == "绵阳市/生态环境局"
    # a county nobody lists (三合县, no such place) takes the city its text singles out, and none
    # when the text cites two cities alike
    unlisted = text.replace("三台", "三合")
    rp, m = _plan(tmp_path, "sanhe2.txt", unlisted)
    assert (m["市生态环境局"][0], m["省生态环境厅"][0]) == ("绵阳市/生态环境局", "四川省/生态环境厅")
    rp, m = _plan(tmp_path, "sanhe3.txt", unlisted.replace("绵阳市人民政府部署", "成都市人民政府部署"))
    assert m["市生态环境局"][0] == "三合县所在市/生态环境局"


SYSTEMS = """四川省人民政府办公厅关于印发四川省推进综合交通运输体系建设实施方案的通知

四川省推进综合交通运输体系建设实施方案

一、重点任务
（一）完善航空网络。加快机场建设。（责任单位：省交通运输厅、民航西南地区管理局）
（二）推进铁路建设。加快成渝中线建设。（责任单位：成都铁路局、民航西南地区管理局、省发展改革委）
（三）加强口岸建设。（责任单位：成都市商务局、海关、省商务厅）
（四）做好规划衔接。（责任单位：成都市发展改革委、财政局、国网四川省电力公司）
"""


def test_a_lists_place_is_not_carried_to_bodies_of_national_systems(tmp_path):
    """成都铁路局、民航西南地区管理局: the regional aviation bureau is no body of 成都市 (it was
    成都市/民航西南地区管理局, the carry-over meant for 市发改委、财政局); nor is a customs house after a
    city's bureau. Near miss: 成都市发展改革委、财政局 still gives 财政局 成都市's place."""
    rp, m = _plan(tmp_path, "sichuan.txt", SYSTEMS)
    ids = [(a.mention, a.agency_id) for t in rp.assignments.values() for a in t]
    assert ("民航西南地区管理局", "四川省/民航西南地区管理局") in ids
    assert ("民航西南地区管理局", "成都市/民航西南地区管理局") not in ids
    assert m["成都铁路局"][0] == "成都市/铁路局"
    assert m["海关"][0] == "四川省/海关"
    assert m["财政局"][0] == "成都市/财政局"
    assert m["国网四川省电力公司"][0] == "四川省/电力公司"
