nums = [1, 2]
print(nums[
    10])
